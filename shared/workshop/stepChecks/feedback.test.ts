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
      { field: 'meeting-mt-triage-attendees', message: 'Weekly triage: choose who attends.' },
      { field: 'meeting-mt-optimisation-timeZone', message: 'Monthly optimisation: time zone “Lisbon” is not a known IANA time zone (e.g. Europe/Lisbon).' },
    ]);
  });
});
