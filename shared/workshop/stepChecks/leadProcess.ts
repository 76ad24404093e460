import type { Gap } from '../gaps';
import type { Workshop } from '../schema';
import { issueDomId, issueMessage, validateLeadProcess } from '../../leadProcess/validate';
import { say } from '../checkMessage';

/** DOM id of the start options shown while the diagram is empty. */
export const LEAD_PROCESS_START_ID = 'leadProcess-start';

/** What step "leadProcess" still needs before it can be marked done: the diagram's validation issues. */
export function leadProcessGaps(w: Workshop): Gap[] {
  if (w.leadProcess.stages.length === 0) {
    return [{ field: LEAD_PROCESS_START_ID, ...say('lpEmpty') }];
  }
  return validateLeadProcess(w.leadProcess).map((i) => ({ field: issueDomId(i), ...say('lpIssue', { issue: issueMessage(i) }) }));
}

/** Whether anything was entered in this step yet (drives "in progress"). */
export function leadProcessStarted(w: Workshop): boolean {
  return w.leadProcess.stages.length > 0;
}
