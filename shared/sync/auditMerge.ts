import { chainEvent, GENESIS_HASH } from '../sla/audit';
import { hashCanonical } from '../sla/json';
import type { AuditEvent } from '../workshop/steps/sla';

/** An event's identity: everything it records but its place in the chain. */
export const eventIdentity = (e: AuditEvent): string =>
  hashCanonical({
    type: e.type,
    at: e.at,
    version: e.version,
    actor: e.actor,
    detail: e.detail,
    contentHash: e.contentHash,
    evidence: e.evidence,
    keyed: e.keyed,
  });

export interface MergedTrail {
  events: AuditEvent[];
  /** Events that had to be linked anew because two laptops extended the trail at once. */
  relinked: number;
  /** Events that arrived before the events they follow (replication is still under way). */
  waiting: number;
}

/**
 * One audit trail from every event both laptops recorded. The trail is a hash chain, so events
 * recorded on two laptops at once fork it. The events reachable from the genesis form a tree:
 * where it does not branch it is kept exactly as recorded; from the first fork on, every
 * distinct event (by identity, so an event already relinked on one laptop is not counted twice)
 * is put in time order and chained anew. The result depends only on the set of events, so both
 * laptops arrive at the same trail, and no event is lost.
 */
export function mergeAuditTrails(...trails: readonly (readonly AuditEvent[])[]): MergedTrail {
  const byHash = new Map<string, AuditEvent>();
  for (const trail of trails) for (const e of trail) byHash.set(e.hash, e);
  const children = new Map<string, AuditEvent[]>();
  for (const e of byHash.values()) children.set(e.prevHash, [...(children.get(e.prevHash) ?? []), e]);

  // Walk down while there is exactly one distinct next event.
  const kept: AuditEvent[] = [];
  let head = GENESIS_HASH;
  for (;;) {
    const next = children.get(head) ?? [];
    if (new Set(next.map(eventIdentity)).size !== 1) break;
    const e = [...next].sort((a, b) => (a.hash < b.hash ? -1 : 1))[0]!;
    kept.push(e);
    head = e.hash;
  }
  const reachable = new Set<string>();
  const stack = [head];
  while (stack.length)
    for (const e of children.get(stack.pop()!) ?? []) {
      if (reachable.has(e.hash)) continue;
      reachable.add(e.hash);
      stack.push(e.hash);
    }
  const seen = new Set(kept.map(eventIdentity));
  const rest = new Map<string, AuditEvent>();
  for (const hash of reachable) {
    const e = byHash.get(hash)!;
    const identity = eventIdentity(e);
    if (!seen.has(identity)) rest.set(identity, e);
  }
  const ordered = [...rest.entries()].sort(([ia, a], [ib, b]) => (a.at === b.at ? (ia < ib ? -1 : 1) : a.at < b.at ? -1 : 1));
  const events = [...kept];
  let relinked = 0;
  for (const [, e] of ordered) {
    const prev = events.at(-1);
    const linked = (prev?.hash ?? GENESIS_HASH) === e.prevHash ? e : chainEvent(prev, withoutLinks(e));
    if (linked !== e) relinked++;
    events.push(linked);
  }
  const placed = new Set([...kept.map((e) => e.hash), ...reachable]);
  const waiting = [...byHash.keys()].filter((h) => !placed.has(h)).length;
  return { events, relinked, waiting };
}

function withoutLinks(e: AuditEvent): Omit<AuditEvent, 'prevHash' | 'hash'> {
  const { prevHash: _p, hash: _h, ...rest } = e;
  return rest;
}
