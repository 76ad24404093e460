import { Font } from '@react-pdf/renderer';

/**
 * Fonts are passed in rather than imported so the same document code runs in the renderer's
 * worker (Vite asset URLs) and in Node (file paths from node_modules).
 */
export interface PdfFontSources {
  interRegular: string;
  interBold: string;
  notoScRegular: string;
  notoScBold: string;
}

export const FONT_LATIN = 'Inter';
export const FONT_CJK = 'NotoSansSC';

/** Han, kana, Hangul, CJK punctuation and full-width forms: the text that needs Noto Sans SC. */
const CJK = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u{20000}-\u{3134F}]/u;
/** Closing punctuation may not start a line, opening punctuation may not end one (kinsoku). */
const NO_BREAK_BEFORE = /^[，。、；：？！）」』】》〉〕｝’”…‥·％,.;:?!)\]}%]/u;
const NO_BREAK_AFTER = /[（「『【《〈〔｛‘“([{]$/u;

export const containsCjk = (text: string): boolean => CJK.test(text);

/**
 * react-pdf breaks lines only at spaces and at the parts this callback returns, and puts a
 * hyphen between parts unless a part is the empty string. Chinese has no spaces, so each CJK
 * character is returned followed by '' (a break point without a hyphen); without this, long
 * Chinese lines overflow and are clipped. Latin words come back whole: contracts are not
 * hyphenated. react-pdf calls this once per font run, so a date's digits, set in the Latin font,
 * arrive apart from the Chinese around them.
 */
export function splitForLineBreaking(word: string): string[] {
  // A Latin font run that ends in a number ("1" in 2027年1月11日, where the digits are set in
  // Inter and 月 in Noto Sans SC) is handed over alone; followed by '' it may end a line
  // without the hyphen react-pdf would otherwise put after it ("1-").
  if (!containsCjk(word)) return /^\d[\d.,:]*$/.test(word) ? [word, ''] : [word];
  const segments: string[] = [];
  let latin = '';
  for (const ch of word) {
    if (containsCjk(ch)) {
      if (latin) segments.push(latin);
      latin = '';
      segments.push(ch);
    } else {
      latin += ch;
    }
  }
  if (latin) segments.push(latin);

  // Merge segments that must not be separated, then mark a break after every group.
  const groups: string[] = [];
  for (const seg of segments) {
    const prev = groups.at(-1);
    if (prev !== undefined && (NO_BREAK_BEFORE.test(seg) || NO_BREAK_AFTER.test(prev))) {
      groups[groups.length - 1] = prev + seg;
    } else {
      groups.push(seg);
    }
  }
  return groups.flatMap((g) => [g, '']);
}

/**
 * Registers Inter and Noto Sans SC (regular and bold) and the CJK line-breaking rule. React-pdf's
 * font store is global and appends on every register call, so a second call is a no-op.
 */
export function registerPdfFonts(sources: PdfFontSources): void {
  if (Font.getRegisteredFontFamilies().includes(FONT_LATIN)) return;
  Font.register({
    family: FONT_LATIN,
    fonts: [
      { src: sources.interRegular, fontWeight: 400 },
      { src: sources.interBold, fontWeight: 700 },
    ],
  });
  Font.register({
    family: FONT_CJK,
    fonts: [
      { src: sources.notoScRegular, fontWeight: 400 },
      { src: sources.notoScBold, fontWeight: 700 },
    ],
  });
  Font.registerHyphenationCallback(splitForLineBreaking);
}

/**
 * The font stack for a document. Noto Sans SC is ~10 MB to parse, so it joins the stack (as a
 * per-glyph fallback after Inter) only when the document actually contains CJK text.
 */
export const fontStack = (hasCjk: boolean): string | string[] => (hasCjk ? [FONT_LATIN, FONT_CJK] : FONT_LATIN);
