import { z } from 'zod';

/**
 * What Accord records inside a sealed SLA PDF, in the document information dictionary (so it
 * is covered by the seal but never drawn on a page): enough to tell which agreement, which
 * version and which signatures a file carries without reading its text.
 */
export const sealFactsSchema = z
  .object({
    format: z.literal('accord-sla'),
    contentHash: z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in hex'),
    slaVersion: z.number().int().min(1).max(10_000),
    workshopId: z.string().min(1).max(100),
    clientCompany: z.string().max(200),
    signers: z
      .array(
        z
          .object({ name: z.string().max(120), title: z.string().max(120), team: z.string().max(40), signedAt: z.string().max(40) })
          .strict(),
      )
      .max(20),
  })
  .strict();
export type SealFacts = z.infer<typeof sealFactsSchema>;

/** The information-dictionary key; a custom key, which PDF readers carry along and ignore. */
export const FACTS_KEY = 'AccordSla';

/** Hex of the UTF-16BE text with its byte-order mark: a PDF text string any reader decodes. */
export function encodeFacts(facts: SealFacts): string {
  const text = JSON.stringify(facts);
  let hex = 'feff';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0');
  return hex;
}

export type DecodedFacts = { ok: true; facts: SealFacts } | { ok: false; error: string };

export function decodeFacts(hex: string): DecodedFacts {
  const clean = hex.replace(/\s+/g, '').toLowerCase();
  if (!clean.startsWith('feff') || clean.length % 4 !== 0 || !/^[0-9a-f]*$/.test(clean))
    return { ok: false, error: 'the Accord record is not UTF-16 text' };
  let text = '';
  for (let i = 4; i < clean.length; i += 4) text += String.fromCharCode(parseInt(clean.slice(i, i + 4), 16));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'the Accord record is not valid JSON' };
  }
  const r = sealFactsSchema.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0];
    return { ok: false, error: `the Accord record is damaged: ${issue?.path.join('.') || 'record'}: ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, facts: r.data };
}
