import { defaultTargetBuyerStep, type TargetBuyerStep } from '../steps/targetBuyer';

/** Northwind Analytics' targetBuyer step in the built-in sample workshop. */
export function sampleTargetBuyer(): TargetBuyerStep {
  return defaultTargetBuyerStep();
}
