import { NODE_WIDTH } from '../../../shared/leadProcess/geometry';

/**
 * Whether a card's text certainly fits on one line, so the card can leave it unclipped.
 *
 * An overflow clip is a paint property node of its own: two per card split every card into
 * several paint chunks, and with 300 stages layerizing each drag frame cost about a third
 * more than in a bare React Flow page. A clip only shows when the text is too long (the name
 * beyond two lines, the summary beyond one), so text that fits on one line does without.
 * Measured on a canvas, which needs no layout; the fonts are the system's, so there is no web
 * font that could still be loading.
 */

/** The card's text column: the node less its borders (2 px) and the text's side padding (7 px). */
const TEXT_WIDTH = NODE_WIDTH - 2 * 2 - 2 * 7;
/** Canvas and layout shape the same font alike; the margin absorbs rounding. */
const MARGIN = 0.95;

const NAME_FONT = '750 19px';
const META_FONT = '600 15px';

let measure: ((text: string, font: string) => number) | null | undefined;
const cache = new Map<string, boolean>();

function measurer(): ((text: string, font: string) => number) | null {
  const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return null;
  const family = getComputedStyle(document.documentElement).getPropertyValue('--font-ui').trim() || 'sans-serif';
  return (text, font) => {
    context.font = `${font} ${family}`;
    return context.measureText(text).width;
  };
}

function fitsOneLine(text: string, font: string): boolean {
  const key = `${font}\n${text}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  if (measure === undefined) measure = measurer();
  // Without a canvas, clip as always.
  if (!measure) return false;
  const fits = measure(text, font) <= TEXT_WIDTH * MARGIN;
  // Names and summaries repeat (every stage at 50 % over 3 days reads the same); the bound
  // only matters for a very long session of renames.
  if (cache.size > 5000) cache.clear();
  cache.set(key, fits);
  return fits;
}

export const nameFits = (name: string) => fitsOneLine(name, NAME_FONT);
export const metaFits = (meta: string) => fitsOneLine(meta, META_FONT);
