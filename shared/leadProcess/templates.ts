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
import type { Language } from '../workshop/languages';
import { defaultText, type TemplateStageKey } from '../workshop/defaultText';

/** Starting points for the diagram: the room edits a sensible default rather than a blank page. */
export const TEMPLATE_IDS = ['default', 'short', 'blank'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** Main row and the rows above and below it for won / lost, on the 16 px grid. */
const MAIN_Y = 96;
const WON_Y = 16;
const LOST_Y = 176;

type StageSpec = Omit<Stage, 'id' | 'position'> & { key: string; column: number; y?: number };

/** Each template stage's role is its key when the key names one (captured, nurture, won, lost play none). */
const roleOf = (key: string): StageRole | null => ((STAGE_ROLES as readonly string[]).includes(key) ? (key as StageRole) : null);
type TransitionSpec = { from: string; to: string; kind: Transition['kind']; label?: string };

/** A template stage, named and described in the workshop's document language. */
const stageSpec =
  (language: Language) =>
  (
    key: TemplateStageKey,
    kind: Stage['kind'],
    owner: StageOwner,
    column: number,
    conversionToNext: number | null,
    daysInStage: number | null,
    y?: number,
  ): StageSpec => ({
    key,
    name: defaultText(language).leadProcess.stage[key],
    kind,
    role: roleOf(key),
    owner,
    column,
    conversionToNext,
    daysInStage,
    entryCriteria: defaultText(language).leadProcess.entryCriteria[key],
    ...(y !== undefined && { y }),
  });

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

export function defaultTemplate(makeId: () => string = newId, language: Language = 'en'): LeadProcessStep {
  const spec = stageSpec(language);
  const t = defaultText(language).leadProcess;
  return build(
    [
      spec('captured', 'capture', 'marketing', 0, 90, 1),
      spec('nurture', 'stage', 'marketing', 1, 20, 30),
      spec('mql', 'stage', 'marketing', 2, 70, 2),
      spec('sal', 'stage', 'sdr', 3, 50, 5),
      spec('sql', 'stage', 'sales', 4, 60, 14),
      spec('opportunity', 'stage', 'sales', 5, 25, 45),
      spec('won', 'won', 'sales', 6, null, null, WON_Y),
      spec('lost', 'lost', 'sales', 6, null, null, LOST_Y),
    ],
    [
      ...chain('captured', 'nurture', 'mql', 'sal', 'sql', 'opportunity', 'won'),
      { from: 'opportunity', to: 'lost', kind: 'forward' },
      { from: 'sal', to: 'nurture', kind: 'recycle', label: t.recycleEdge },
      { from: 'sql', to: 'mql', kind: 'feedback', label: t.feedbackEdge },
    ],
    makeId,
  );
}

export function shortTemplate(makeId: () => string = newId, language: Language = 'en'): LeadProcessStep {
  const spec = stageSpec(language);
  const t = defaultText(language).leadProcess;
  return build(
    [
      spec('captured', 'capture', 'marketing', 0, 25, 14),
      spec('mql', 'stage', 'marketing', 1, 40, 3),
      spec('sql', 'stage', 'sales', 2, 20, 45),
      spec('won', 'won', 'sales', 3, null, null, WON_Y),
      spec('lost', 'lost', 'sales', 3, null, null, LOST_Y),
    ],
    [
      ...chain('captured', 'mql', 'sql', 'won'),
      { from: 'sql', to: 'lost', kind: 'forward' },
      { from: 'sql', to: 'mql', kind: 'feedback', label: t.feedbackEdge },
    ],
    makeId,
  );
}

/** Blank still has a capture stage: every diagram starts where leads enter. */
export function blankTemplate(makeId: () => string = newId, language: Language = 'en'): LeadProcessStep {
  const captured = stageSpec(language)('captured', 'capture', 'marketing', 0, null, null);
  return build([{ ...captured, entryCriteria: '' }], [], makeId);
}

/** A template's stages and edges, written in the workshop's document language (they are signed in the SLA). */
export function leadProcessTemplate(id: TemplateId, makeId: () => string = newId, language: Language = 'en'): LeadProcessStep {
  switch (id) {
    case 'default':
      return defaultTemplate(makeId, language);
    case 'short':
      return shortTemplate(makeId, language);
    case 'blank':
      return blankTemplate(makeId, language);
  }
}
