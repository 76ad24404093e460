/** The facilitation dialogs, loaded as one chunk by FacilitationLayer. */
export { AgendaPanel } from './AgendaPanel';
export { CapturePanel } from './CapturePanel';
export { CommandPalette } from './CommandPalette';
export { HelpSheet } from './HelpSheet';
export { QuickCapture } from './QuickCapture';
