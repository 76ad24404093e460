import { lazy, Suspense, useEffect } from 'react';
import type { StepId } from '../../shared/workshop/stepIds';
import { useOpenWorkshop } from '../app/workshopStore';
import { useFacilitationUi } from './facilitationUi';
import { usePresenterLink, usePresenterPublisher } from './presenterSync';

/** The dialogs are their own chunk (initial JS budget), fetched when the browser is idle. */
const loadDialogs = () => import('./dialogs');
const AgendaPanel = lazy(() => loadDialogs().then((m) => ({ default: m.AgendaPanel })));
const CapturePanel = lazy(() => loadDialogs().then((m) => ({ default: m.CapturePanel })));
const CommandPalette = lazy(() => loadDialogs().then((m) => ({ default: m.CommandPalette })));
const HelpSheet = lazy(() => loadDialogs().then((m) => ({ default: m.HelpSheet })));
const QuickCapture = lazy(() => loadDialogs().then((m) => ({ default: m.QuickCapture })));

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/**
 * Everything facilitation puts over a step: the shortcuts (Ctrl/Cmd+K palette, Ctrl/Cmd+J quick
 * capture, ? help, B blanks the projector), the dialog that is open, and the live feed to the
 * presenter window.
 */
export function FacilitationLayer({ step }: { step: StepId }) {
  const w = useOpenWorkshop();
  const dialog = useFacilitationUi((s) => s.dialog);
  const workshopId = w.id;
  usePresenterPublisher(workshopId, step);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      const ui = useFacilitationUi.getState();
      if (mod && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        if (ui.dialog?.name === 'palette') ui.close();
        else ui.open({ name: 'palette' });
      } else if (mod && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'j') {
        e.preventDefault();
        ui.open({ name: 'quick', kind: 'decision' });
      } else if (e.key === '?' && !mod && !e.altKey && !isTyping(e.target) && !ui.dialog) {
        e.preventDefault();
        ui.open({ name: 'help' });
      } else if (
        e.key.toLowerCase() === 'b' &&
        !mod &&
        !e.altKey &&
        !e.shiftKey &&
        !isTyping(e.target) &&
        !ui.dialog &&
        !document.querySelector('[role="dialog"]')
      ) {
        // B blanks the projector, as in presentation software; only while a presenter window is open.
        const link = usePresenterLink.getState();
        if ((link.open[workshopId] ?? 0) === 0) return;
        e.preventDefault();
        link.toggleBlank(workshopId);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [workshopId]);

  // Leaving the workshop closes whatever was open over it.
  useEffect(() => () => useFacilitationUi.getState().close(), []);

  useEffect(() => {
    const idle = window.requestIdleCallback(() => void loadDialogs().catch(() => undefined), { timeout: 3000 });
    return () => window.cancelIdleCallback(idle);
  }, []);

  if (!dialog) return null;
  return <Suspense fallback={null}>{dialogFor(dialog, step)}</Suspense>;
}

function dialogFor(dialog: NonNullable<ReturnType<typeof useFacilitationUi.getState>['dialog']>, step: StepId) {
  if (dialog.name === 'palette') return <CommandPalette step={step} />;
  if (dialog.name === 'agenda') return <AgendaPanel step={step} />;
  if (dialog.name === 'help') return <HelpSheet />;
  if (dialog.name === 'capture') return <CapturePanel tab={dialog.tab} step={step} />;
  return <QuickCapture key={dialog.kind} kind={dialog.kind} step={step} />;
}
