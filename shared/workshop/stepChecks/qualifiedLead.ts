import type { Gap } from '../gaps';
import type { Workshop } from '../schema';

/** What step "qualifiedLead" still needs before it can be marked done. */
export function qualifiedLeadGaps(_w: Workshop): Gap[] {
  return [];
}

/** Whether anything was entered in this step yet (drives "in progress"). */
export function qualifiedLeadStarted(_w: Workshop): boolean {
  return false;
}
