import { describe, expect, it } from 'vitest';
import { foldQuery, matchesQuery, searchText } from './homeStore';
import type { WorkshopSummary } from '../app/storageContext';

const summary = (p: Partial<WorkshopSummary>): WorkshopSummary => ({
  id: 'w1',
  title: 'Alinhamento de vendas',
  clientCompany: 'Café São Paulo',
  facilitator: 'Ana Ribeiro',
  workshopDate: '',
  progress: 0,
  updatedAt: '2026-11-20T10:00:00.000Z',
  isSample: false,
  ...p,
});

describe('home search', () => {
  it('matches client, title or facilitator, ignoring case and accents', () => {
    const s = summary({});
    for (const q of ['cafe', 'SÃO', 'sao paulo', 'alinhamento', 'ribeiro', '  ana  ', '']) expect(matchesQuery(s, q)).toBe(true);
    expect(matchesQuery(s, 'northwind')).toBe(false);
  });

  it('folds the searchable text once the same way as the query', () => {
    const s = summary({ clientCompany: 'Ünïcode GmbH' });
    expect(searchText(s)).toContain('unicode gmbh');
    expect(searchText(s).includes(foldQuery(' ÜNICODE '))).toBe(true);
  });
});
