import type { Gap } from '../gaps';
import type { Workshop } from '../schema';
import { statementAgreementStatus } from '../agreements';
import { say, type CheckMessage } from '../checkMessage';

const blank = (s: string) => s.trim() === '';
const gap = (field: string, code: CheckMessage['code'], values?: CheckMessage['values']): Gap => ({ field, ...say(code, values) });

/** What step "commitment" still needs before it can be marked done. */
export function commitmentGaps(w: Workshop): Gap[] {
  const c = w.commitment;
  const gaps: Gap[] = [];
  if (c.participants.length < 2) gaps.push(gap('participants', 'participantsTwo'));
  if (!c.participants.some((p) => p.team === 'marketing')) gaps.push(gap('participants', 'participantsMarketing'));
  if (!c.participants.some((p) => p.team === 'sales')) gaps.push(gap('participants', 'participantsSales'));
  c.participants.forEach((p, i) => {
    if (blank(p.name)) gaps.push(gap(`participant-${p.id}-name`, 'participantName', { n: i + 1 }));
  });
  if (c.groundRules.filter((r) => !blank(r)).length === 0) gaps.push(gap('groundRules', 'groundRules'));
  if (!c.workshopDate) gaps.push(gap('workshopDate', 'workshopDate'));
  if (blank(c.place)) gaps.push(gap('place', 'place'));
  if (!c.executiveSponsorId || !c.participants.some((p) => p.id === c.executiveSponsorId)) gaps.push(gap('executiveSponsor', 'sponsor'));
  if (blank(c.commitmentStatement)) gaps.push(gap('commitmentStatement', 'statement'));
  // Only an agreement to the statement as it reads now counts (an edit asks everyone again).
  const pending = c.participants.filter((p) => statementAgreementStatus(c, p.id) !== 'agreed');
  if (c.participants.length > 0 && pending.length > 0) {
    // Names are people's own words; an unnamed one is said in the reader's language.
    const names = pending.map((p) => (blank(p.name) ? say('unnamedParticipant') : p.name));
    gaps.push(gap('agreements', 'agreement', { count: pending.length, names }));
  }
  return gaps;
}

/** Whether anything was entered in this step yet (drives "in progress"). */
export const commitmentStarted = (w: Workshop): boolean => w.commitment.participants.length > 0 || !blank(w.commitment.place);
