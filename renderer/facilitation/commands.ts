import type { TFunction } from 'i18next';
import { STEP_IDS, stepNumber, type StepId } from '../../shared/workshop/stepIds';
import type { Workshop } from '../../shared/workshop/schema';
import { useRoute } from '../app/route';
import { useTimers } from './timerStore';
import { openDialog } from './facilitationUi';
import { openPresenterView } from './openPresenter';
import { EXTEND_MINUTES } from './TimerWidget';
import { MOD } from './keys';
import { usePresenterLink } from './presenterSync';
import { openAppDialog } from '../app/appDialogs';
import { exportMeetingsCalendar, exportSendReady, exportSlaPdf, exportWorkshopFile, exportWorkshopReport } from '../app/fileCommands';

export interface Command {
  id: string;
  label: string;
  /** Words the filter matches besides the label (English and the UI language). */
  keywords: string;
  hint?: string;
  run(): void;
}

/** Everything the palette offers, in the order it lists them with an empty query. */
export function buildCommands(w: Workshop, step: StepId, t: TFunction<['facilitation', 'app']>): Command[] {
  const timers = useTimers.getState();
  const go = (s: StepId) => useRoute.getState().navigate({ name: 'workshop', workshopId: w.id, step: s });
  const capture: Command[] = [
    {
      id: 'add-decision',
      label: t('palette.addDecision'),
      keywords: 'decision log record decide',
      hint: `${MOD} J`,
      run: () => openDialog({ name: 'quick', kind: 'decision' }),
    },
    {
      id: 'add-action',
      label: t('palette.addActionItem'),
      keywords: 'action item todo task owner due',
      run: () => openDialog({ name: 'quick', kind: 'actionItem' }),
    },
    {
      id: 'add-parking',
      label: t('palette.addParkingLot'),
      keywords: 'parking lot later park',
      run: () => openDialog({ name: 'quick', kind: 'parkingLot' }),
    },
    {
      id: 'open-capture',
      label: t('palette.openCapture'),
      keywords: 'decisions action items parking lot panel list',
      run: () => openDialog({ name: 'capture', tab: 'decision' }),
    },
  ];
  const timer: Command[] = [
    { id: 'timer-toggle', label: t('palette.toggleTimer'), keywords: 'timer start pause resume clock', run: () => timers.toggle(w, step) },
    {
      id: 'timer-this-step',
      label: t('palette.timeThisStep', { n: stepNumber(step) }),
      keywords: 'timer switch step clock',
      run: () => timers.timeStep(w, step),
    },
    {
      id: 'timer-extend',
      label: t('palette.extend', { count: EXTEND_MINUTES }),
      keywords: 'timer extend more time minutes',
      run: () => timers.extend(w.id, EXTEND_MINUTES),
    },
    { id: 'timer-finish', label: t('palette.finish'), keywords: 'timer stop finish end', run: () => timers.finish(w.id) },
    { id: 'agenda', label: t('palette.agenda'), keywords: 'agenda timebox plan day schedule', run: () => openDialog({ name: 'agenda' }) },
  ];
  // Keywords in English (the palette's words) and the label in the UI language: "export" finds
  // every export whatever the language.
  const files: Command[] = [
    {
      id: 'export-sla',
      label: t('palette.exportSla'),
      keywords: 'export sla pdf signed sealed agreement download save',
      run: () => void exportSlaPdf(w),
    },
    {
      id: 'export-report',
      label: t('palette.exportReport'),
      keywords: 'export report pdf workshop download save',
      run: () => void exportWorkshopReport(w),
    },
    {
      id: 'export-workshop',
      label: t('palette.exportWorkshop'),
      keywords: 'export workshop file accord backup move laptop save',
      run: () => void exportWorkshopFile(w),
    },
    {
      id: 'export-calendar',
      label: t('palette.exportCalendar'),
      keywords: 'export calendar ics meetings review invite',
      run: () => void exportMeetingsCalendar(w),
    },
    {
      id: 'export-all',
      label: t('palette.exportAll'),
      keywords: 'export send ready all files zip folder wrap up',
      run: () => void exportSendReady(w),
    },
    {
      id: 'verify',
      label: t('palette.verify'),
      keywords: 'verify check signed sla pdf seal signature trust',
      run: () => openAppDialog('verify'),
    },
    { id: 'history', label: t('palette.history'), keywords: 'history snapshots restore undo version', run: () => openAppDialog('history') },
    {
      id: 'settings',
      label: t('palette.settings'),
      keywords: 'settings preferences options language display projector theme seal trust',
      run: () => openAppDialog('settings'),
    },
  ];
  const other: Command[] = [
    {
      id: 'presenter',
      label: t('palette.presenter'),
      keywords: 'presenter projector second screen display window',
      run: () => void openPresenterView(w.id, step),
    },
    {
      id: 'blank',
      label: t('palette.blank'),
      keywords: 'blank black screen projector presenter hide show',
      hint: 'B',
      run: () => usePresenterLink.getState().toggleBlank(w.id),
    },
    {
      id: 'wrap-up',
      label: t('palette.wrapUp'),
      keywords: 'wrap up end finish day summary agreed next meeting send',
      run: () => useRoute.getState().navigate({ name: 'wrapUp', workshopId: w.id }),
    },
    { id: 'help', label: t('palette.help'), keywords: 'help keyboard shortcuts keys', hint: '?', run: () => openDialog({ name: 'help' }) },
  ];
  const steps: Command[] = STEP_IDS.map((s) => ({
    id: `go-${s}`,
    label: t('palette.goTo', { n: stepNumber(s), title: t(`app:steps.${s}.title`) }),
    keywords: `step go jump ${stepNumber(s)} ${s}`,
    run: () => go(s),
  }));
  return [...capture, ...steps, ...timer, ...files, ...other];
}

/** Every word of the query must appear in the label or keywords, in any order. */
export function filterCommands(commands: readonly Command[], query: string): Command[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...commands];
  return commands.filter((c) => {
    const hay = `${c.label} ${c.keywords}`.toLocaleLowerCase();
    return words.every((word) => hay.includes(word));
  });
}
