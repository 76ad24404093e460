/** Small sentence helpers the clause tables of every language share. */

/** The room's items (conditions, reasons) as typed, one bulleted line each: never glued into one sentence. */
export const bullets = (items: string[]): string => items.map((i) => `• ${i.replace(/[.;。；]$/, '')}`).join('\n');

/** A note the room typed, as a sentence of its own after the row ("…, missed below. Counted in working days"). */
export const sentenceAfter = (row: string, note: string): string =>
  note ? `${row.replace(/\.$/, '')}. ${note.replace(/\.$/, '').replace(/^./, (c) => c.toLocaleUpperCase())}` : row;
