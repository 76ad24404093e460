import type { Language } from '../workshop/schema';
import { en } from './commitmentLocales/en';
import { es } from './commitmentLocales/es';
import { pt } from './commitmentLocales/pt-BR';
import type { CommitmentWords } from './commitmentLocales/types';
import { zh } from './commitmentLocales/zh-CN';

export type { CommitmentWords, RowParts } from './commitmentLocales/types';

/**
 * The words of an SLA commitment row in each document language (one file per language in
 * commitmentLocales/), so that a Chinese workshop's PDF says its commitments in Chinese.
 */
const TABLES: Record<Language, CommitmentWords> = { en, 'pt-BR': pt, es, 'zh-CN': zh };
export const commitmentWords = (language: Language): CommitmentWords => TABLES[language];
