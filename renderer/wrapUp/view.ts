import type { Workshop } from '../../shared/workshop/schema';
import { signingState, type SigningState } from '../../shared/sla/versions';
import { stepNumber } from '../../shared/workshop/stepIds';
import { isPrivate, nextMeeting } from '../facilitation/presenter/adapters';

/**
 * What the wrap-up reads from a workshop. Steps 7 and 10 change shape while this screen stays:
 * their data is read here only, so a type change is a fix in one place.
 */
export interface SignerLine {
  id: string;
  name: string;
  role: string;
  witness: boolean;
  signedAt: string | null;
}

export interface WrapUpView {
  sla: { state: SigningState; version: number | null; frozenAt: string | null; contentHash: string | null; signers: SignerLine[] };
  decisions: { id: string; text: string; step: number | null }[];
  actionItems: { id: string; text: string; owner: string | null; due: string; done: boolean; step: number | null }[];
  parkingLot: { id: string; text: string; resolved: boolean; step: number | null }[];
  nextMeeting: ReturnType<typeof nextMeeting>;
}

export function wrapUpView(w: Workshop, today: string): WrapUpView {
  const v = w.sla.versions.at(-1) ?? null;
  const frozen = w.sla.frozen && v !== null;
  const person = (id: string | null) => (id ? w.commitment.participants.find((p) => p.id === id)?.name.trim() || null : null);
  const f = w.facilitation;
  return {
    sla: {
      state: signingState(w),
      version: frozen ? v.number : null,
      frozenAt: frozen ? v.frozenAt : null,
      contentHash: frozen ? v.contentHash : null,
      signers: frozen
        ? v.content.signers.map((s) => ({
            id: s.id,
            name: s.name.trim(),
            role: s.role.trim(),
            witness: s.capacity === 'witness',
            signedAt: v.signatures.find((x) => x.participantId === s.id && x.contentHash === v.contentHash)?.signedAt ?? null,
          }))
        : [],
    },
    decisions: f.decisions
      .filter((d) => d.text.trim() && !isPrivate(d))
      .map((d) => ({ id: d.id, text: d.text.trim(), step: d.stepId ? stepNumber(d.stepId) : null })),
    actionItems: f.actionItems
      .filter((a) => a.text.trim() && !isPrivate(a))
      .map((a) => ({
        id: a.id,
        text: a.text.trim(),
        owner: person(a.ownerId),
        due: a.dueDate,
        done: a.status === 'done',
        step: a.stepId ? stepNumber(a.stepId) : null,
      })),
    parkingLot: f.parkingLot
      .filter((p) => p.text.trim() && !isPrivate(p))
      .map((p) => ({ id: p.id, text: p.text.trim(), resolved: p.resolved, step: p.stepId ? stepNumber(p.stepId) : null })),
    nextMeeting: nextMeeting(w, today),
  };
}

/** A SHA-256 in groups of eight hex digits, so a person can read it out and another compare it. */
export const groupedHex = (hex: string): string => hex.match(/.{1,8}/g)?.join(' ') ?? hex;
