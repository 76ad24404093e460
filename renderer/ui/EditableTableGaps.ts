import { createContext } from 'react';

/**
 * The fields "Mark step done" lists as still missing (renderer/app/StepFrame.tsx). A table cell
 * shows its problem once it was touched, or once the step's check names it here.
 */
export const ShownGapsContext = createContext<ReadonlySet<string>>(new Set());
