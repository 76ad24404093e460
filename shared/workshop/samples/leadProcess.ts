import { defaultLeadProcessStep, type LeadProcessStep } from '../steps/leadProcess';

/** Northwind Analytics' leadProcess step in the built-in sample workshop. */
export function sampleLeadProcess(): LeadProcessStep {
  return defaultLeadProcessStep();
}
