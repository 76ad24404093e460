import { defaultHandOffStep, type HandOffStep } from '../steps/handOff';

/** Northwind Analytics' handOff step in the built-in sample workshop. */
export function sampleHandOff(): HandOffStep {
  return defaultHandOffStep();
}
