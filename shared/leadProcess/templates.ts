import { newId } from '../workshop/factory';
import {
  STAGE_ROLES,
  type LeadProcessStep,
  type Stage,
  type StageOwner,
  type StageRole,
  type Transition,
} from '../workshop/steps/leadProcess';
import { COLUMN_STEP } from './geometry';

/** Starting points for the diagram: the room edits a sensible default rather than a blank page. */
export const TEMPLATE_IDS = ['default', 'short', 'blank'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export const TEMPLATES: Record<TemplateId, { title: string; summary: string; description: string }> = {
  default: {
    title: 'Default template',
    summary: 'Captured → Nurture → MQL → SAL → SQL → Opportunity → Won / Lost',
    description: 'The full waterfall with a recycle loop back to nurture and a lead-quality feedback edge from sales.',
  },
  short: {
    title: 'Short template',
    summary: 'Captured → MQL → SQL → Won / Lost',
    description: 'For a small team or a first pilot: fewer stages, the same owners and rates.',
  },
  blank: {
    title: 'Blank diagram',
    summary: 'One capture stage',
    description: 'Draw your own stages from where leads enter.',
  },
};

/** Main row and the rows above and below it for won / lost, on the 16 px grid. */
const MAIN_Y = 96;
const WON_Y = 16;
const LOST_Y = 176;

type StageSpec = Omit<Stage, 'id' | 'position'> & { key: string; column: number; y?: number };

/** Each template stage's role is its key when the key names one (captured, nurture, won, lost play none). */
const roleOf = (key: string): StageRole | null => ((STAGE_ROLES as readonly string[]).includes(key) ? (key as StageRole) : null);
type TransitionSpec = { from: string; to: string; kind: Transition['kind']; label?: string };

const spec = (
  key: string,
  name: string,
  kind: Stage['kind'],
  owner: StageOwner,
  column: number,
  conversionToNext: number | null,
  daysInStage: number | null,
  entryCriteria: string,
  y?: number,
): StageSpec => ({
  key,
  name,
  kind,
  role: roleOf(key),
  owner,
  column,
  conversionToNext,
  daysInStage,
  entryCriteria,
  ...(y !== undefined && { y }),
});

const CRITERIA = {
  captured: 'Contact details from a form, event or list, with consent to be contacted.',
  nurture: 'A valid business contact who is not yet showing buying intent.',
  mql: 'Lead score at or above the MQL threshold agreed in step 5.',
  sal: 'An SDR reviewed the MQL and accepted it within the acceptance window.',
  sql: 'Qualified by a conversation: budget, authority, need and timing confirmed.',
  opportunity: 'A first meeting held and a deal created in the CRM with an amount and a close date.',
  won: 'Contract signed.',
  lost: 'Deal closed as lost, with a reason recorded.',
};

function build(stages: StageSpec[], transitions: TransitionSpec[], makeId: () => string): LeadProcessStep {
  const ids = new Map(stages.map((s) => [s.key, makeId()]));
  return {
    stages: stages.map(({ key, column, y, ...rest }) => ({
      ...rest,
      id: ids.get(key)!,
      position: { x: column * COLUMN_STEP, y: y ?? MAIN_Y },
    })),
    transitions: transitions.map((t) => ({ id: makeId(), from: ids.get(t.from)!, to: ids.get(t.to)!, kind: t.kind, label: t.label ?? '' })),
  };
}

const chain = (...keys: string[]): TransitionSpec[] => keys.slice(1).map((to, i) => ({ from: keys[i]!, to, kind: 'forward' }));

export function defaultTemplate(makeId: () => string = newId): LeadProcessStep {
  return build(
    [
      spec('captured', 'Captured', 'capture', 'marketing', 0, 90, 1, CRITERIA.captured),
      spec('nurture', 'Nurture', 'stage', 'marketing', 1, 20, 30, CRITERIA.nurture),
      spec('mql', 'MQL', 'stage', 'marketing', 2, 70, 2, CRITERIA.mql),
      spec('sal', 'SAL', 'stage', 'sdr', 3, 50, 5, CRITERIA.sal),
      spec('sql', 'SQL', 'stage', 'sales', 4, 60, 14, CRITERIA.sql),
      spec('opportunity', 'Opportunity', 'stage', 'sales', 5, 25, 45, CRITERIA.opportunity),
      spec('won', 'Won', 'won', 'sales', 6, null, null, CRITERIA.won, WON_Y),
      spec('lost', 'Lost', 'lost', 'sales', 6, null, null, CRITERIA.lost, LOST_Y),
    ],
    [
      ...chain('captured', 'nurture', 'mql', 'sal', 'sql', 'opportunity', 'won'),
      { from: 'opportunity', to: 'lost', kind: 'forward' },
      { from: 'sal', to: 'nurture', kind: 'recycle', label: 'Recycle: not ready to buy' },
      { from: 'sql', to: 'mql', kind: 'feedback', label: 'Lead-quality feedback' },
    ],
    makeId,
  );
}

export function shortTemplate(makeId: () => string = newId): LeadProcessStep {
  return build(
    [
      spec('captured', 'Captured', 'capture', 'marketing', 0, 25, 14, CRITERIA.captured),
      spec('mql', 'MQL', 'stage', 'marketing', 1, 40, 3, CRITERIA.mql),
      spec('sql', 'SQL', 'stage', 'sales', 2, 20, 45, CRITERIA.sql),
      spec('won', 'Won', 'won', 'sales', 3, null, null, CRITERIA.won, WON_Y),
      spec('lost', 'Lost', 'lost', 'sales', 3, null, null, CRITERIA.lost, LOST_Y),
    ],
    [
      ...chain('captured', 'mql', 'sql', 'won'),
      { from: 'sql', to: 'lost', kind: 'forward' },
      { from: 'sql', to: 'mql', kind: 'feedback', label: 'Lead-quality feedback' },
    ],
    makeId,
  );
}

/** Blank still has a capture stage: every diagram starts where leads enter. */
export function blankTemplate(makeId: () => string = newId): LeadProcessStep {
  return build([spec('captured', 'Captured', 'capture', 'marketing', 0, null, null, '')], [], makeId);
}

export function leadProcessTemplate(id: TemplateId, makeId: () => string = newId): LeadProcessStep {
  switch (id) {
    case 'default':
      return defaultTemplate(makeId);
    case 'short':
      return shortTemplate(makeId);
    case 'blank':
      return blankTemplate(makeId);
  }
}
