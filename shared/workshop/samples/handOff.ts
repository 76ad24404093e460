import type { HandOffStep } from '../steps/handOff';
import { STANDARD_CADENCE } from '../../handOff/cadence';

/**
 * Northwind Analytics' handOff step in the built-in sample workshop, consistent with its
 * SLA (step 7): first touch within 24 hours, 6 attempts within 10 days, disposition within 14.
 */
export function sampleHandOff(): HandOffStep {
  return {
    triggerConditions: ['Uses a business e-mail address (not a free mail domain)', 'Company is in the EU or North America'],
    routing: 'territory',
    routingDetail: 'EU leads → Lisbon sales team; North America → Austin sales team; named accounts go to their account owner.',
    travelsWith: ['activityHistory', 'contentConsumed', 'scoreBreakdown', 'personaMatch'],
    acceptanceWindowHours: 24,
    rejectionReasons: [
      'Wrong company profile (outside the ideal customer profile)',
      'Not the right contact (no authority or influence)',
      'Duplicate, existing customer or open opportunity',
      'Contact data wrong or incomplete',
    ],
    followUp: STANDARD_CADENCE.map((a, i) => ({ id: `ho-attempt-${i + 1}`, ...a })),
    recycleReasons: [
      'No response after the full follow-up cadence',
      'Interested, but not buying in the next 6 months',
      'No budget this fiscal year',
    ],
    reentryRule:
      'Sales gives every lead a disposition within 14 days. A recycled lead returns to nurture with its reason, and is handed over again only after new engagement worth at least 20 points within 30 days.',
  };
}
