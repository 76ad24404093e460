/** "Event 3" or "Events 1–4": the audit page numbers events from 1. */
export const eventsRange = (from: number, to: number, one: string, many: string): string =>
  from === to ? `${one} ${from}` : `${many} ${from}–${to}`;
