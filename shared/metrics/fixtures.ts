import { guessStageRole } from '../leadProcess/roles';
import type { LeadProcessStep, Stage } from '../workshop/steps/leadProcess';

/**
 * A lead process shaped like the default template (shared/leadProcess/templates.ts), with round rates, for the
 * scoreboard's tests: fixed here so the tests do not move when the sample's numbers do.
 */
export function templateLikeProcess(): LeadProcessStep {
  const st = (
    id: string,
    name: string,
    kind: Stage['kind'],
    owner: Stage['owner'],
    conversionToNext: number | null,
    daysInStage: number | null,
    x: number,
  ): Stage => ({
    id,
    name,
    kind,
    role: kind === 'stage' ? guessStageRole(name) : null,
    owner,
    entryCriteria: '',
    conversionToNext,
    daysInStage,
    position: { x, y: 0 },
  });
  const fwd = (from: string, to: string) => ({ id: `t-${from}-${to}`, from, to, kind: 'forward' as const, label: '' });
  return {
    stages: [
      st('s-captured', 'Captured', 'capture', 'marketing', 80, 1, 0),
      st('s-nurture', 'Nurture', 'stage', 'marketing', 25, 30, 184),
      st('s-mql', 'MQL', 'stage', 'marketing', 70, 2, 368),
      st('s-sal', 'SAL', 'stage', 'sdr', 60, 5, 552),
      st('s-sql', 'SQL', 'stage', 'sdr', 40, 14, 736),
      st('s-opportunity', 'Opportunity', 'stage', 'sales', 25, 45, 920),
      st('s-won', 'Won', 'won', 'sales', null, null, 1104),
      st('s-lost', 'Lost', 'lost', 'sales', null, null, 1104),
    ],
    transitions: [
      fwd('s-captured', 's-nurture'),
      fwd('s-nurture', 's-mql'),
      fwd('s-mql', 's-sal'),
      fwd('s-sal', 's-sql'),
      fwd('s-sql', 's-opportunity'),
      fwd('s-opportunity', 's-won'),
      fwd('s-opportunity', 's-lost'),
      { id: 't-recycle', from: 's-sal', to: 's-nurture', kind: 'recycle', label: 'Recycle with a reason' },
      { id: 't-feedback', from: 's-sal', to: 's-mql', kind: 'feedback', label: 'Lead-quality feedback' },
    ],
  };
}
