import { defaultQualifiedLeadStep, type QualifiedLeadStep } from '../steps/qualifiedLead';

/** Northwind Analytics' qualifiedLead step in the built-in sample workshop. */
export function sampleQualifiedLead(): QualifiedLeadStep {
  return defaultQualifiedLeadStep();
}
