import { SCHEMA_VERSION, type Participant, type SlaCommitment, type SlaStep, type Workshop } from './schema';
import { defaultTargetBuyerStep } from './steps/targetBuyer';
import { defaultLeadProcessStep } from './steps/leadProcess';
import { defaultQualifiedLeadStep } from './steps/qualifiedLead';
import { defaultHandOffStep } from './steps/handOff';
import { defaultMetricsStep } from './steps/metrics';
import { defaultTechnologyStep } from './steps/technology';
import { defaultFeedbackStep } from './steps/feedback';
import { defaultFacilitation } from './facilitation';
import { newCommitment } from '../sla/commitmentRules';
import { defaultText } from './defaultText';

/** Random id that works in browsers, workers and Node (all have WebCrypto). */
export const newId = (): string => globalThis.crypto.randomUUID();

/** The starter SLA rows, a limited pilot (docs/domain.md): marketing volume and quality; sales follow-up. */
export function defaultSlaCommitments(): SlaCommitment[] {
  // Levels and at-risk points start at their defaults (shared/sla/commitmentRules.ts).
  return [
    newCommitment({ party: 'marketing', kind: 'mqlVolume' }, newId),
    newCommitment({ party: 'marketing', kind: 'leadQuality' }, newId),
    newCommitment({ party: 'sales', kind: 'firstTouch' }, newId),
    newCommitment({ party: 'sales', kind: 'followUpAttempts' }, newId),
    newCommitment({ party: 'sales', kind: 'disposition' }, newId),
  ];
}

/**
 * A fresh step 7: the starter commitments, nothing frozen. The audit trail opens with the first
 * event that needs one (freezing), recorded and sealed by the install where it happens.
 */
export function newSlaStep(): SlaStep {
  return {
    commitments: defaultSlaCommitments(),
    weekStartsOn: 'monday',
    effectiveDate: '',
    termMonths: 3,
    signerIds: [],
    witnessId: null,
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

export function newWorkshop(
  init: Partial<Pick<Workshop, 'title' | 'clientCompany' | 'facilitator' | 'language'>> = {},
  now = new Date(),
): Workshop {
  const at = now.toISOString();
  const language = init.language ?? 'en';
  // Step 1's starting words are signed in the SLA's purpose: they are written in the document language.
  const words = defaultText(language).commitment;
  return {
    schemaVersion: SCHEMA_VERSION,
    id: newId(),
    title: init.title ?? '',
    clientCompany: init.clientCompany ?? '',
    facilitator: init.facilitator ?? '',
    language,
    createdAt: at,
    updatedAt: at,
    completedSteps: [],
    commitment: {
      participants: [],
      groundRules: [...words.groundRules],
      decisionRule: 'consensus',
      meetingCadence: 'weekly',
      workshopDate: at.slice(0, 10),
      place: '',
      executiveSponsorId: null,
      commitmentStatement: words.statement,
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
