/** The four languages of the source material: workshop documents and the UI speak them all. */
export const LANGUAGES = ['en', 'pt-BR', 'es', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];
