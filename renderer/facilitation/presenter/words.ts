/** A t() for keys built from data (a tool category, a channel): the key is checked by the parity test, not by types. */
export type LooseT = (key: string, options?: Record<string, unknown>) => string;
export const loose = (t: object): LooseT => t as LooseT;

/** The UI's document language for shared wording (describeCommitment speaks the four app languages). */
export const documentLanguageOf = (lng: string): 'en' | 'pt-BR' | 'es' | 'zh-CN' =>
  lng === 'pt-BR' || lng === 'es' || lng === 'zh-CN' ? lng : 'en';
