import type { Evidence, Fact, Persona, TargetBuyerStep } from '../steps/targetBuyer';

/**
 * Northwind Analytics' targetBuyer step in the built-in sample workshop: a B2B analytics
 * platform sold to mid-market SaaS and fintech companies. Mostly backed by CRM data, with a
 * few sales anecdotes and assumptions left visible on purpose, as in a real room.
 */
export function sampleTargetBuyer(): TargetBuyerStep {
  let n = 0;
  const f = (text: string, evidence: Evidence): Fact => ({ id: `tb-fact-${++n}`, text, evidence });
  const C: Evidence = 'customerData';
  const S: Evidence = 'salesFeedback';
  const A: Evidence = 'assumption';

  const dana: Persona = {
    id: 'persona-dana',
    name: 'Data-driven Dana',
    title: 'VP of Data',
    seniority: 'vp',
    buyingRole: 'decisionMaker',
    goals: [f('One trusted revenue number across finance, sales and marketing', C), f('Cut time-to-insight from weeks to days', S)],
    pains: [f('Analysts buried in ad-hoc dashboard requests', C), f('Three tools disagree on pipeline numbers', S)],
    objections: [f('“We already built this in-house on Snowflake”', S), f('Security review will take a quarter', A)],
    buyingTriggers: [f('Data-warehouse migration under way', C), f('New CFO asks for a single revenue view', S)],
    informationSources: [f('Analyst reports and peer reviews', S), f('Data-community Slack groups', A)],
  };
  const oliver: Persona = {
    id: 'persona-oliver',
    name: 'Ops Oliver',
    title: 'RevOps Manager',
    seniority: 'manager',
    buyingRole: 'influencer',
    goals: [f('Pipeline reports without spreadsheet work', C), f('Forecasts sales leadership trusts', S)],
    pains: [f('Manual Salesforce exports every Monday', C), f('Broken dashboards after every CRM change', S)],
    objections: [f('“Another tool for me to maintain”', S)],
    buyingTriggers: [f('A missed quarterly forecast', S), f('CRM clean-up project', C)],
    informationSources: [f('RevOps community newsletters', A), f('Salesforce AppExchange reviews', C)],
  };
  const sam: Persona = {
    id: 'persona-sam',
    name: 'Secure Sam',
    title: 'Head of IT Security',
    seniority: 'director',
    buyingRole: 'gatekeeper',
    goals: [f('No customer data leaves the EU without approval', C)],
    pains: [f('Vendor questionnaires arrive late in every deal', S)],
    objections: [f('SOC 2 report and EU hosting are required', C)],
    buyingTriggers: [f('A security incident at a peer company', A)],
    informationSources: [f('Vendor security portals and trust pages', S)],
  };

  return {
    icp: {
      industries: [f('SaaS', C), f('Fintech', C)],
      companySizes: [f('200–2,000 employees', C)],
      regions: [f('EU', C), f('North America', S)],
      revenueBands: [f('€20–500 M annual revenue', C)],
      technologies: [f('Snowflake', C), f('Salesforce', S), f('dbt', A)],
      disqualifiers: [f('Fewer than 50 employees', C), f('Public sector', S), f('Locked into a competitor’s multi-year contract', A)],
    },
    personas: [dana, oliver, sam],
  };
}
