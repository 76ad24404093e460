/** Suggestions the room can take or leave; offered, never filled in silently. */
export const SUGGESTED_TRIGGER_CONDITIONS = [
  'Uses a business e-mail address (not a free mail domain)',
  'Company is in a region a sales team covers',
  'Not an existing customer or open opportunity',
];

export const SUGGESTED_REJECTION_REASONS = [
  'Wrong company profile (outside the ideal customer profile)',
  'Not the right contact (no authority or influence)',
  'No need or budget',
  'Duplicate, existing customer or open opportunity',
  'Contact data wrong or incomplete',
  'Competitor, student or job seeker',
];

export const SUGGESTED_RECYCLE_REASONS = [
  'No response after the full follow-up cadence',
  'Interested, but not buying in the next 6 months',
  'No budget this fiscal year',
  'Contact left the company',
];

const norm = (s: string) => s.trim().toLowerCase();

/** Suggestions not on the list yet (case-insensitive), in their order. */
export const missingSuggestions = (list: readonly string[], suggestions: readonly string[]): string[] =>
  suggestions.filter((s) => !list.some((x) => norm(x) === norm(s)));
