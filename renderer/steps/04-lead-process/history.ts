import type { LeadProcessStep } from '../../../shared/workshop/steps/leadProcess';
import type { History as UndoHistory } from '../../ui/undoHistory';

/** The diagram keeps its own undo history (toolbar buttons, shortcuts on the canvas). */
export { emptyHistory, record, redo, undo } from '../../ui/undoHistory';
export type History = UndoHistory<LeadProcessStep>;
