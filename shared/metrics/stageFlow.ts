import type { LeadProcessStep, Stage, StageOwner } from '../workshop/steps/leadProcess';
import type { Owner } from '../workshop/teams';
import { forwardPath } from '../leadProcess/graph';
import { stageWithRole as roleStage, type FunnelPoint } from '../leadProcess/roles';

/**
 * Reads the step-4 diagram the way a scoreboard needs it: stages in the order a lead meets
 * them, the next stage of each, and which stage plays which well-known role. The main path
 * itself is step 4's (`forwardPath`), so the scoreboard and the calculator agree on it.
 */

/** Stages in flow order: breadth-first from capture along forward edges, then the rest as drawn. */
export function stagesInFlowOrder(lp: LeadProcessStep): Stage[] {
  const byId = new Map(lp.stages.map((s) => [s.id, s]));
  const seen = new Set<string>();
  const queue = lp.stages.filter((s) => s.kind === 'capture').map((s) => s.id);
  const out: Stage[] = [];
  while (queue.length > 0) {
    const id = queue.shift()!;
    const stage = byId.get(id);
    if (!stage || seen.has(id)) continue;
    seen.add(id);
    out.push(stage);
    for (const t of lp.transitions) if (t.kind === 'forward' && t.from === id && !seen.has(t.to)) queue.push(t.to);
  }
  for (const s of lp.stages) if (!seen.has(s.id)) out.push(s);
  return out;
}

/** Capture → … → won, as step 4 reads it (longest forward chain, loops ignored). */
export const mainPath = (lp: LeadProcessStep): Stage[] => forwardPath(lp);

/**
 * The stage a lead normally moves on to: its successor on the main path, else (off the
 * path) the first forward target that is not a loss.
 */
export function nextStage(lp: LeadProcessStep, stage: Stage, path: readonly Stage[] = mainPath(lp)): Stage | null {
  if (stage.kind === 'won' || stage.kind === 'lost') return null;
  const i = path.findIndex((s) => s.id === stage.id);
  if (i >= 0) return path[i + 1] ?? null;
  const targets = lp.transitions
    .filter((t) => t.kind === 'forward' && t.from === stage.id)
    .map((t) => lp.stages.find((s) => s.id === t.to))
    .filter((s): s is Stage => s !== undefined);
  return targets.find((s) => s.kind !== 'lost') ?? targets[0] ?? null;
}

export type StageRole = FunnelPoint;

/** The stage playing a role: set explicitly on the stage (step 4's inspector), or the won stage. */
export const stageWithRole = (lp: LeadProcessStep, role: StageRole): Stage | null => roleStage(lp, role);

/** A stage owner answers for its metrics; operations runs numbers for both sides. */
export function metricOwnerFor(owner: StageOwner | null): Owner | null {
  switch (owner) {
    case 'marketing':
      return 'marketing';
    case 'sales':
    case 'sdr':
      return 'sales';
    case 'operations':
      return 'shared';
    case null:
      return null;
  }
}
