import type { ResponseAction } from '../../workshop/steps/sla';
import type { RowParts, CommitmentWords } from './types';

const enVerb: Record<ResponseAction, string> = { qualify: 'Qualify', accept: 'Accept or reject', contact: 'Contact' };
const enDone: Record<ResponseAction, string> = { qualify: 'qualified', accept: 'accepted or rejected', contact: 'contacted' };
const enShare = (p: RowParts) => (p.all ? `on every MQL ${p.each}` : `for at least ${p.level} % of MQLs ${p.each}`);

export const en: CommitmentWords = {
  party: { marketing: 'Marketing', sales: 'Sales' },
  perPeriod: { week: 'per week', month: 'per month', quarter: 'per quarter', year: 'per year' },
  eachPeriod: { week: 'each week', month: 'each month', quarter: 'each quarter', year: 'each year' },
  every: (day) => `every ${day}`,
  weekday: {
    monday: 'Monday',
    tuesday: 'Tuesday',
    wednesday: 'Wednesday',
    thursday: 'Thursday',
    friday: 'Friday',
    saturday: 'Saturday',
    sunday: 'Sunday',
  },
  band: {
    ofTarget: (r) => `; at risk between ${r} % and 100 % of target; missed below ${r} %`,
    ofLeads: (r, l) => `; at risk between ${r} % and ${l} % of MQLs; missed below ${r} %`,
  },
  metCell: { ofTarget: '100 % of target', ofLeads: (l) => `${l} % of MQLs in time` },
  atRiskCell: { ofTarget: (r) => `${r} % of target`, ofLeads: (r) => `${r} % of MQLs` },
  reportsAcceptanceRate: 'Sales also reports the acceptance rate.',
  rows: {
    mqlVolume: {
      what: (p) => `Deliver ${p.n} marketing-qualified leads ${p.per}`,
      target: (p) => `${p.n} MQLs`,
      measure: () => 'MQLs delivered to sales',
    },
    leadQuality: {
      what: (p) => `At least ${p.n} % of delivered MQLs accepted by sales ${p.each}`,
      target: (p) => `≥ ${p.n} %`,
      measure: () => 'accepted ÷ delivered',
    },
    firstTouch: {
      what: (p) => `First touch within ${p.n} hours ${enShare(p)}`,
      target: (p) => `≤ ${p.n} hours`,
      measure: () => 'MQLs touched in time ÷ MQLs received',
    },
    followUpAttempts: {
      what: (p) => `${p.n} contact attempts within ${p.d} days ${enShare(p)}`,
      target: (p) => `${p.n} attempts / ${p.d} days`,
      measure: () => 'MQLs with all attempts in time ÷ MQLs received',
    },
    disposition: {
      what: (p) => `Disposition (accept, reject with reason, or recycle) within ${p.n} days ${enShare(p)}`,
      target: (p) => `≤ ${p.n} days`,
      measure: () => 'MQLs dispositioned in time ÷ MQLs received',
    },
    qualifyByDay: {
      what: (p) =>
        `${enVerb[p.action]} each MQL delivered${p.delivered ? ` on ${p.delivered}` : ''} by ${p.day} of the delivery week ${enShare(p)}`,
      target: (p) => `by ${p.day}`,
      measure: (p) => `MQLs ${enDone[p.action]} in time ÷ MQLs delivered`,
    },
    qualifyWithin: {
      what: (p) => `${enVerb[p.action]} each delivered MQL within ${p.n} hours ${enShare(p)}`,
      target: (p) => `≤ ${p.n} hours`,
      measure: (p) => `MQLs ${enDone[p.action]} in time ÷ MQLs delivered`,
    },
    mqlToSqlRate: {
      what: (p) => `Convert at least ${p.n} % of delivered MQLs into SQLs ${p.each}`,
      target: (p) => `≥ ${p.n} %`,
      measure: () => 'SQLs ÷ MQLs delivered',
    },
  },
  legacy: {
    response: ({ other, action, by, report }) =>
      `; ${other} ${{ qualify: 'qualifies', accept: 'accepts or rejects', contact: 'contacts' }[action]} them by ${by}${report === 'none' ? '' : ` and reports ${{ mqlToSqlRate: 'the MQL→SQL rate', acceptanceRate: 'the acceptance rate' }[report]}`}`,
    mqlVolume: {
      what: (n, p) => `Deliver ${n} marketing-qualified leads ${p}`,
      target: (n) => `${n} MQLs`,
      measure: 'MQLs delivered to sales',
    },
    leadQuality: {
      what: (n) => `At least ${n} % of delivered MQLs accepted by sales`,
      target: (n) => `≥ ${n} %`,
      measure: 'accepted ÷ delivered',
    },
    firstTouch: {
      what: (n) => `First touch on every MQL within ${n} hours`,
      target: (n) => `≤ ${n} hours`,
      measure: 'leads touched in time ÷ leads received',
    },
    followUpAttempts: {
      what: (n, d) => `${n} contact attempts within ${d} days`,
      target: (n, d) => `${n} attempts / ${d} days`,
      measure: 'leads with all attempts ÷ leads received',
    },
    disposition: {
      what: (n) => `Disposition (accept, reject with reason, or recycle) within ${n} days`,
      target: (n) => `≤ ${n} days`,
      measure: 'leads dispositioned in time ÷ leads received',
    },
  },
};
