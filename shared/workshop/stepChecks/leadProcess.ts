import type { Gap } from '../gaps';
import type { Workshop } from '../schema';
import { issueDomId, validateLeadProcess } from '../../leadProcess/validate';

/** DOM id of the start options shown while the diagram is empty. */
export const LEAD_PROCESS_START_ID = 'leadProcess-start';

/** What step "leadProcess" still needs before it can be marked done: the diagram's validation issues. */
export function leadProcessGaps(w: Workshop): Gap[] {
  if (w.leadProcess.stages.length === 0) {
    return [{ field: LEAD_PROCESS_START_ID, message: 'Lead process: add at least a capture stage — start from a template or a blank diagram.' }];
  }
  return validateLeadProcess(w.leadProcess).map((i) => ({ field: issueDomId(i), message: `Lead process: ${i.message}` }));
}

/** Whether anything was entered in this step yet (drives "in progress"). */
export function leadProcessStarted(w: Workshop): boolean {
  return w.leadProcess.stages.length > 0;
}
