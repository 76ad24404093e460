import type { DefaultText } from './index';

const list = (items: string[]) => items.join('; ');

export const en: DefaultText = {
  commitment: {
    groundRules: [
      'Phones down while we decide.',
      'Data beats opinion; anecdotes are labelled as such.',
      'Disagree in the room, commit outside it.',
    ],
    statement:
      'Marketing and sales commit to work as one revenue team: we agree on who our buyer is, what a qualified lead is, how leads are handed over and followed up, and we meet regularly to review the numbers and improve.',
  },
  leadProcess: {
    stage: {
      captured: 'Captured',
      nurture: 'Nurture',
      mql: 'MQL',
      sal: 'SAL',
      sql: 'SQL',
      opportunity: 'Opportunity',
      won: 'Won',
      lost: 'Lost',
    },
    entryCriteria: {
      captured: 'Contact details from a form, event or list, with consent to be contacted.',
      nurture: 'A valid business contact who is not yet showing buying intent.',
      mql: 'Lead score at or above the MQL threshold agreed in step 5.',
      sal: 'An SDR reviewed the MQL and accepted it within the acceptance window.',
      sql: 'Qualified by a conversation: budget, authority, need and timing confirmed.',
      opportunity: 'A first meeting held and a deal created in the CRM with an amount and a close date.',
      won: 'Contract signed.',
      lost: 'Deal closed as lost, with a reason recorded.',
    },
    recycleEdge: 'Recycle: not ready to buy',
    feedbackEdge: 'Lead-quality feedback',
  },
  scoring: {
    starterSeniorities: 'C-level, VP, Director',
    starterDepartments: 'Marketing, Sales, Operations',
    studentTitles: 'Student, Graduate student, PhD student, MBA student, Undergraduate student, Working student',
    seniority: { cLevel: 'C-level', vp: 'VP', director: 'Director', manager: 'Manager', individual: 'Individual contributor' },
    engagement: {
      demo: 'Requested a demo',
      pricing: 'Visited the pricing page',
      webinar: 'Attended a webinar',
      download: 'Downloaded content',
      emailClick: 'Clicked a marketing e-mail',
    },
    bant: {
      budget: { label: 'Budget', description: 'Budget is set aside, or the buyer can get it approved this year.' },
      authority: { label: 'Authority', description: 'We talk to the person who decides, or they are involved in the evaluation.' },
      need: { label: 'Need', description: 'A problem we solve, confirmed in the buyer’s own words.' },
      timing: { label: 'Timing', description: 'The buyer plans to decide within the next two quarters.' },
    },
  },
  definition: {
    mql: ({ threshold, thresholdCount, minimumFit, minimumEngagement, vetoes }) => {
      const rule = [`scores at least ${threshold} point${thresholdCount === 1 ? '' : 's'}`];
      if (minimumFit) rule.push(`with at least ${minimumFit} from fit`);
      if (minimumEngagement) rule.push(`${rule.length > 1 ? 'and' : 'with'} at least ${minimumEngagement} from engagement`);
      return `A marketing-qualified lead (MQL) is a lead that ${rule.join(', ')}${vetoes ? ', and is not disqualified' : ''}. Its score is fit plus engagement, minus negative points.`;
    },
    fit: (items) => (items.length === 0 ? 'Fit: no fit criteria yet.' : `Fit (who the lead is): ${list(items)}.`),
    fitItem: (condition, points) => `${condition} (+${points})`,
    engagement: (items, decay) =>
      items.length === 0 ? `Engagement: no engagement criteria yet.${decay}` : `Engagement (what the lead does): ${list(items)}.${decay}`,
    engagementItem: (behaviour, points, cap) => `${behaviour} (+${points} each time${cap ? `, at most ${cap.cap} per ${cap.period}` : ''})`,
    decayHalfLife: (days) => ` Each activity's points halve every ${days} days from the day it happened.`,
    decayWeekly: (points, count) =>
      ` Engagement loses ${points} point${count === 1 ? '' : 's'} for every full week without activity, never going below 0.`,
    vetoes: (items) => `Leads are disqualified, whatever their score, when ${items.join('; or when ')}.`,
    penalties: (items) => `Points are subtracted when ${items.join('; when ')}.`,
    penaltyItem: (condition, points) => `${condition} (−${points})`,
    kindNoun: { competitor: 'a competitor', student: 'a student', freeEmailDomain: 'a free e-mail address' },
    sql: (items) => `A sales-qualified lead (SQL) is an MQL for which all of these are confirmed: ${list(items)}.`,
    sqlItem: (label, description, by) =>
      `${label}${description ? ` — ${description}` : ''} (${by === 'sdr' ? 'verified by an SDR' : 'verified by sales'})`,
    employees: 'employees',
    lowerFirst: true,
  },
  handOff: {
    triggerConditions: [
      'Uses a business e-mail address (not a free mail domain)',
      'Company is in a region a sales team covers',
      'Not an existing customer or open opportunity',
    ],
    rejectionReasons: [
      'Wrong company profile (outside the ideal customer profile)',
      'Not the right contact (no authority or influence)',
      'No need or budget',
      'Duplicate, existing customer or open opportunity',
      'Contact data wrong or incomplete',
      'Competitor, student or job seeker',
    ],
    recycleReasons: [
      'No response after the full follow-up cadence',
      'Interested, but not buying in the next 6 months',
      'No budget this fiscal year',
      'Contact left the company',
    ],
  },
  metrics: {
    noun: { mql: 'MQLs', sal: 'SALs', sql: 'SQLs', opportunity: 'opportunities', deals: 'deals', leads: 'leads' },
    stageVolume: (stage) => `${stage} volume`,
    perPeriod: (noun, period) => `${noun} / ${period}`,
    unnamedStage: 'Unnamed stage',
    mqlToSqlRate: 'MQL → SQL rate',
    acceptanceRate: 'Acceptance rate (MQLs accepted by sales)',
    velocity: 'Velocity (days from capture to won)',
    winRate: 'Win rate',
    revenue: 'Revenue (closed-won)',
    timeToFirstTouch: 'Time to first touch',
    followUpCompletion: (attempts, withinDays) =>
      `Leads with all ${attempts ?? 'agreed'} attempts${withinDays ? ` within ${withinDays} days` : ''}`,
    dispositionInTime: (days) => `Leads dispositioned within ${days ?? 'the agreed'} days`,
    qualifyBy: (action, by) => {
      const verb = action === 'accept' ? 'accepted' : action === 'contact' ? 'contacted' : 'qualified';
      const when = 'day' in by ? `by ${by.day}` : `within ${by.hours === null ? 'the agreed time' : `${by.hours} hours`}`;
      return `Delivered MQLs ${verb} ${when}`;
    },
    weekday: {
      monday: 'Monday',
      tuesday: 'Tuesday',
      wednesday: 'Wednesday',
      thursday: 'Thursday',
      friday: 'Friday',
      saturday: 'Saturday',
      sunday: 'Sunday',
    },
    unit: {
      percentLeads: '% of leads',
      percentMqls: '% of MQLs',
      percentAccepted: '% accepted',
      hours: 'hours',
      days: 'days',
      currency: 'currency',
    },
    source: { crm: 'CRM', marketingAutomation: 'Marketing automation' },
  },
  compliance: {
    weekOf: (iso) => `Week of ${iso}`,
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    month: (name, year) => `${name} ${year}`,
    quarter: (q, year) => `Q${q} ${year}`,
  },
  meetings: {
    title: {
      weeklyTriage: 'Weekly triage',
      monthlyOptimisation: 'Monthly optimisation',
      quarterlyReview: 'Quarterly review of definitions',
      content: 'Content meeting',
    },
    triage: { weekly: 'Weekly triage', biweekly: 'Triage every two weeks', monthly: 'Monthly triage', quarterly: 'Quarterly triage' },
    agenda: {
      weeklyTriage: [
        'Lead quality: rejected MQLs and their reasons',
        'SLA compliance: first touch, attempts, disposition',
        'Leads stuck or overdue',
        'Actions and owners',
      ],
      monthlyOptimisation: [
        'Conversion per stage against target',
        'Scoring and routing changes to try',
        'Campaign and channel results',
        'Decisions and experiments for next month',
      ],
      quarterlyReview: [
        'Ideal customer profile and personas',
        'Qualified-lead definition and MQL threshold',
        'SLA targets: keep or amend',
        'Metrics and tools',
      ],
      content: [
        'Sales feedback on existing content',
        'New content requests from sales',
        'What content moved deals',
        'Next month’s content plan',
      ],
    },
  },
};
