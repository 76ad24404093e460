import { describe, expect, it } from 'vitest';
import { feedbackGaps, feedbackStarted } from './feedback';
import { sampleWorkshop } from '../sample';
import { newWorkshop } from '../factory';

describe('step 10 checks', () => {
  it('passes for the sample cadence', () => {
    expect(feedbackGaps(sampleWorkshop())).toEqual([]);
    expect(feedbackStarted(sampleWorkshop())).toBe(true);
  });

  it('asks for the weekly triage, its attendees and a known time zone', () => {
    expect(feedbackGaps(newWorkshop()).map((g) => g.field)).toEqual(['meetings']);
    expect(feedbackStarted(newWorkshop())).toBe(false);
    const w = sampleWorkshop();
    w.feedback.meetings[0]!.attendeeIds = ['someone-who-left'];
    w.feedback.meetings[1]!.timeZone = 'Lisbon';
    expect(feedbackGaps(w)).toEqual([
      { field: 'meeting-mt-triage-attendees', code: 'attendees', values: { meeting: 'Weekly triage' } },
      { field: 'meeting-mt-optimisation-timeZone', code: 'timeZone', values: { meeting: 'Monthly optimisation', zone: 'Lisbon' } },
    ]);
  });
});
