import type { Workshop } from '../workshop/schema';
import { cadenceSentence, cadenceSummary } from './cadence';
import { say, type CheckMessage } from '../workshop/checkMessage';

/**
 * Where the follow-up cadence cannot keep what the SLA (step 7) promises. Warnings, not
 * gaps: the room may settle either side first, but should see the mismatch while deciding.
 */
export function cadenceVsSla(w: Workshop): CheckMessage[] {
  const s = cadenceSummary(w.handOff.followUp);
  if (s.attempts === 0) return [];
  const out: CheckMessage[] = [];
  const attempts = w.sla.commitments.find((c) => c.kind === 'followUpAttempts');
  if (attempts?.target) {
    const within = attempts.withinDays;
    const short = s.attempts < attempts.target;
    const late = within !== null && s.spanDays > within;
    if (short || late)
      out.push(
        within !== null
          ? say('slaAttemptsWithin', { n: attempts.target, days: within, cadence: cadenceSentence(s) })
          : say('slaAttempts', { n: attempts.target, cadence: cadenceSentence(s) }),
      );
  }
  const touch = w.sla.commitments.find((c) => c.kind === 'firstTouch');
  // Day 1 is the day the lead arrives, so day n starts (n − 1) × 24 hours later.
  if (touch?.target && s.firstDay !== null && (s.firstDay - 1) * 24 > touch.target)
    out.push(say('slaFirstTouch', { hours: touch.target, day: s.firstDay }));
  return out;
}
