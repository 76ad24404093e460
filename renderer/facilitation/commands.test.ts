import { describe, expect, it, vi } from 'vitest';
import type { Command } from './commands';

// commands.ts pulls in the stores (and through them the browser); the filter needs none of it.
vi.mock('./timerStore', () => ({ useTimers: { getState: () => ({}) } }));
vi.mock('../app/route', () => ({ useRoute: { getState: () => ({}) } }));
vi.mock('./openPresenter', () => ({ openPresenterView: () => undefined }));
vi.mock('./TimerWidget', () => ({ EXTEND_MINUTES: 5 }));
vi.mock('./facilitationUi', () => ({ openDialog: () => undefined }));
vi.mock('./presenterSync', () => ({ usePresenterLink: { getState: () => ({}) } }));
vi.mock('../app/appDialogs', () => ({ openAppDialog: () => undefined }));
vi.mock('../app/fileCommands', () => ({}));
const { buildCommands, filterCommands } = await import('./commands');

const cmd = (id: string, label: string, keywords = ''): Command => ({ id, label, keywords, run: () => undefined });
const all = [
  cmd('add-decision', 'Add a decision', 'decision log record'),
  cmd('add-action', 'Add an action item', 'todo task owner'),
  cmd('go-sla', 'Go to step 7: Service level agreement', 'step go jump 7 sla'),
  cmd('presenter', 'Open the presenter view', 'projector second screen'),
];

describe('command palette commands', () => {
  // Labels are keys here; the filter reads the English keywords beside them.
  const t = ((key: string) => key) as unknown as Parameters<typeof buildCommands>[2];
  const commands = buildCommands({ id: 'w1' } as Parameters<typeof buildCommands>[0], 'sla', t);

  it('finds every export with "export": SLA, report, workshop file, calendar and the send-ready files', () => {
    expect(filterCommands(commands, 'export').map((c) => c.id)).toEqual([
      'export-sla',
      'export-report',
      'export-workshop',
      'export-calendar',
      'export-all',
    ]);
  });

  it('opens Verify, Settings and History, wraps up the day, and blanks the projector', () => {
    for (const [query, id] of [
      ['verify', 'verify'],
      ['settings', 'settings'],
      ['projector theme', 'settings'],
      ['history', 'history'],
      ['wrap up', 'wrap-up'],
      ['blank', 'blank'],
    ] as const)
      expect(
        filterCommands(commands, query).map((c) => c.id),
        query,
      ).toContain(id);
  });
});

describe('command palette filter', () => {
  it('lists everything for an empty query, in order', () => {
    expect(filterCommands(all, '  ').map((c) => c.id)).toEqual(['add-decision', 'add-action', 'go-sla', 'presenter']);
  });

  it('matches every word, in any order, in the label or the keywords, ignoring case', () => {
    expect(filterCommands(all, 'ADD item').map((c) => c.id)).toEqual(['add-action']);
    expect(filterCommands(all, 'step 7').map((c) => c.id)).toEqual(['go-sla']);
    expect(filterCommands(all, 'projector').map((c) => c.id)).toEqual(['presenter']);
    expect(filterCommands(all, 'decision todo')).toEqual([]);
  });
});
