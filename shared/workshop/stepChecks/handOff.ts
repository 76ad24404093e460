import type { Gap } from '../gaps';
import type { Workshop } from '../schema';

/** What step "handOff" still needs before it can be marked done. */
export function handOffGaps(_w: Workshop): Gap[] {
  return [];
}

/** Whether anything was entered in this step yet (drives "in progress"). */
export function handOffStarted(_w: Workshop): boolean {
  return false;
}
