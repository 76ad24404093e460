import { describe, expect, it } from 'vitest';
import { defaultFacilitation, facilitationSchema } from '../workshop/facilitation';
import { addCaptured, checkCapture, removeCaptured, sortedActionItems } from './capture';

const NOW = '2026-12-03T10:15:00.000Z';

describe('capture', () => {
  it('adds a decision, an action item with owner and due date, and a parking-lot item, all valid for the schema', () => {
    const f = defaultFacilitation();
    addCaptured(f, { kind: 'decision', text: '  MQL threshold is 60 points.  ', stepId: 'qualifiedLead' }, 'd1', NOW);
    addCaptured(f, { kind: 'actionItem', text: 'Send the SLA draft', stepId: 'sla', ownerId: 'p-ana', dueDate: '2026-12-10' }, 'a1', NOW);
    addCaptured(f, { kind: 'parkingLot', text: 'Partner leads?', stepId: null }, 'p1', NOW);
    expect(f.decisions).toEqual([{ id: 'd1', text: 'MQL threshold is 60 points.', stepId: 'qualifiedLead', at: NOW }]);
    expect(f.actionItems[0]).toEqual({
      id: 'a1',
      text: 'Send the SLA draft',
      ownerId: 'p-ana',
      dueDate: '2026-12-10',
      status: 'open',
      stepId: 'sla',
      createdAt: NOW,
    });
    expect(f.parkingLot[0]).toMatchObject({ id: 'p1', resolved: false });
    expect(facilitationSchema.safeParse(f).success).toBe(true);
    removeCaptured(f, 'actionItem', 'a1');
    expect(f.actionItems).toEqual([]);
  });

  it('refuses an empty or too long text and a malformed due date, naming the field', () => {
    const f = defaultFacilitation();
    expect(checkCapture(f, { kind: 'decision', text: '   ', stepId: null })).toEqual({
      ok: false,
      field: 'text',
      message: 'Decision: write what was said before adding it.',
    });
    expect(checkCapture(f, { kind: 'actionItem', text: 'x'.repeat(501), stepId: null })).toMatchObject({
      ok: false,
      field: 'text',
      message: 'Action item: at most 500 characters (this one has 501).',
    });
    expect(checkCapture(f, { kind: 'actionItem', text: 'Call Ana', stepId: null, dueDate: 'next week' })).toMatchObject({
      ok: false,
      field: 'dueDate',
    });
    expect(checkCapture(f, { kind: 'actionItem', text: 'Call Ana', stepId: null, dueDate: '' })).toEqual({ ok: true });
  });

  it('lists open action items first, soonest due first, undated last', () => {
    const f = defaultFacilitation();
    addCaptured(f, { kind: 'actionItem', text: 'undated', stepId: null }, 'a', NOW);
    addCaptured(f, { kind: 'actionItem', text: 'late', stepId: null, dueDate: '2027-02-01' }, 'b', NOW);
    addCaptured(f, { kind: 'actionItem', text: 'soon', stepId: null, dueDate: '2026-12-05' }, 'c', NOW);
    addCaptured(f, { kind: 'actionItem', text: 'done', stepId: null, dueDate: '2026-12-01' }, 'd', NOW);
    f.actionItems[3]!.status = 'done';
    expect(sortedActionItems(f.actionItems).map((a) => a.text)).toEqual(['soon', 'late', 'undated', 'done']);
  });
});
