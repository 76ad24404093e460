import { defaultTechnologyStep, type TechnologyStep } from '../steps/technology';

/** Northwind Analytics' technology step in the built-in sample workshop. */
export function sampleTechnology(): TechnologyStep {
  return defaultTechnologyStep();
}
