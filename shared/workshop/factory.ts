import { SCHEMA_VERSION, type Participant, type SlaCommitment, type SlaStep, type Workshop } from './schema';
import { defaultTargetBuyerStep } from './steps/targetBuyer';
import { defaultLeadProcessStep } from './steps/leadProcess';
import { defaultQualifiedLeadStep } from './steps/qualifiedLead';
import { defaultHandOffStep } from './steps/handOff';
import { defaultMetricsStep } from './steps/metrics';
import { defaultTechnologyStep } from './steps/technology';
import { defaultFeedbackStep } from './steps/feedback';
import { defaultFacilitation } from './facilitation';

/** Random id that works in browsers, workers and Node (all have WebCrypto). */
export const newId = (): string => globalThis.crypto.randomUUID();

export const DEFAULT_GROUND_RULES = [
  'Phones down while we decide.',
  'Data beats opinion; anecdotes are labelled as such.',
  'Disagree in the room, commit outside it.',
];

export const DEFAULT_COMMITMENT_STATEMENT =
  'Marketing and sales commit to work as one revenue team: we agree on who our buyer is, what a qualified lead is, how leads are handed over and followed up, and we meet regularly to review the numbers and improve.';

/** The starter SLA rows of domain.md: marketing volume and quality; sales follow-up. */
export function defaultSlaCommitments(): SlaCommitment[] {
  const row = (c: Omit<SlaCommitment, 'id' | 'note' | 'rhythm'>): SlaCommitment => ({ id: newId(), note: '', rhythm: null, ...c });
  return [
    row({ party: 'marketing', kind: 'mqlVolume', target: null, withinDays: null, period: 'month' }),
    row({ party: 'marketing', kind: 'leadQuality', target: null, withinDays: null, period: 'month' }),
    row({ party: 'sales', kind: 'firstTouch', target: null, withinDays: null, period: 'month' }),
    row({ party: 'sales', kind: 'followUpAttempts', target: null, withinDays: null, period: 'month' }),
    row({ party: 'sales', kind: 'disposition', target: null, withinDays: null, period: 'month' }),
  ];
}

/**
 * A fresh step 7: the starter commitments, nothing frozen. The audit trail opens with the first
 * event that needs one (freezing), recorded and sealed by the install where it happens.
 */
export function newSlaStep(): SlaStep {
  return {
    commitments: defaultSlaCommitments(),
    effectiveDate: '',
    termMonths: 3,
    signerIds: [],
    witnessId: null,
    reviewCadence: 'monthly',
    escalation: '',
    calculator: null,
    clauses: [],
    frozen: false,
    versions: [],
    audit: [],
    seals: [],
    sealers: [],
  };
}

export function newParticipant(partial: Partial<Participant> = {}): Participant {
  return { id: newId(), name: '', role: '', team: 'marketing', email: '', ...partial };
}

export function newWorkshop(init: Partial<Pick<Workshop, 'title' | 'clientCompany' | 'facilitator' | 'language'>> = {}, now = new Date()): Workshop {
  const at = now.toISOString();
  return {
    schemaVersion: SCHEMA_VERSION,
    id: newId(),
    title: init.title ?? '',
    clientCompany: init.clientCompany ?? '',
    facilitator: init.facilitator ?? '',
    language: init.language ?? 'en',
    createdAt: at,
    updatedAt: at,
    completedSteps: [],
    commitment: {
      participants: [],
      groundRules: [...DEFAULT_GROUND_RULES],
      decisionRule: 'consensus',
      meetingCadence: 'weekly',
      workshopDate: at.slice(0, 10),
      place: '',
      executiveSponsorId: null,
      commitmentStatement: DEFAULT_COMMITMENT_STATEMENT,
      agreements: {},
    },
    goals: { currency: 'USD', goals: [], agreement: { marketing: null, sales: null } },
    targetBuyer: defaultTargetBuyerStep(),
    leadProcess: defaultLeadProcessStep(),
    qualifiedLead: defaultQualifiedLeadStep(),
    handOff: defaultHandOffStep(),
    sla: newSlaStep(),
    metrics: defaultMetricsStep(),
    technology: defaultTechnologyStep(),
    feedback: defaultFeedbackStep(),
    facilitation: defaultFacilitation(),
  };
}

/** A copy with a fresh identity; signatures do not travel to a copy (they signed the original). */
export function duplicateWorkshop(source: Workshop, titleSuffix: string, now = new Date()): Workshop {
  const copy = structuredClone(source);
  const at = now.toISOString();
  return {
    ...copy,
    id: newId(),
    // Keep the suffix visible and the title within the schema's 200 characters.
    title: `${source.title.slice(0, 200 - titleSuffix.length - 1)} ${titleSuffix}`.trim(),
    createdAt: at,
    updatedAt: at,
    // The copy starts its own SLA life: no versions, signatures or audit of the original.
    sla: { ...copy.sla, frozen: false, versions: [], audit: [], seals: [], sealers: [] },
    completedSteps: copy.completedSteps.filter((s) => s !== 'sla'),
  };
}
