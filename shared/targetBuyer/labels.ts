import type { Seniority } from '../workshop/steps/targetBuyer';

/** Words a room uses; shared because scoring criteria are written with the same words. */
export const SENIORITY_LABEL: Record<Seniority, string> = {
  cLevel: 'C-level',
  vp: 'VP',
  director: 'Director',
  manager: 'Manager',
  individual: 'Individual contributor',
};
