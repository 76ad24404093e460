import type { Gap } from '../gaps';
import type { Workshop } from '../schema';

/** What step "technology" still needs before it can be marked done. */
export function technologyGaps(_w: Workshop): Gap[] {
  return [];
}

/** Whether anything was entered in this step yet (drives "in progress"). */
export function technologyStarted(_w: Workshop): boolean {
  return false;
}
