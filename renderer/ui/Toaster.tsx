import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { Toast } from 'radix-ui';
import { useTranslation } from 'react-i18next';
import { useToasts } from '../app/toastStore';
import { routeWorkshopId, useRoute, type Route } from '../app/route';
import './toast.css';

/** The same step of the same workshop: anything else is a step change (or leaving the workshop). */
const sameStep = (a: Route, b: Route) =>
  a.name === b.name && routeWorkshopId(a) === routeWorkshopId(b) && (a.name !== 'workshop' || b.name !== 'workshop' || a.step === b.step);

/**
 * Toasts sit above the bottom edge of the content area, right of the step rail, never over it.
 * While a dialog is open they move into it (docked at its foot), so an Undo is never left behind
 * the dialog's overlay, out of reach of the mouse, of Tab and of screen readers. Moving to
 * another step dismisses them, except those that carry an Undo.
 */
export function Toaster() {
  const { toasts, dismiss } = useToasts();
  const { t: tr } = useTranslation();
  const inWorkshop = useRoute((s) => routeWorkshopId(s.route) !== null);
  const dialog = useOpenDialog();

  useEffect(
    () =>
      useRoute.subscribe((s, prev) => {
        if (routeWorkshopId(s.route) !== null && routeWorkshopId(s.route) === routeWorkshopId(prev.route) && !sameStep(s.route, prev.route))
          useToasts.getState().dismissTransient();
      }),
    [],
  );

  const viewport = (
    <Toast.Viewport className={`toast-viewport${dialog ? ' toast-viewport-dialog' : inWorkshop ? ' toast-viewport-workshop' : ''}`} />
  );
  return (
    <Toast.Provider swipeDirection="right" duration={8000}>
      {toasts.map((t) => (
        <Toast.Root key={t.id} className={`toast toast-${t.tone}`} onOpenChange={(open) => !open && dismiss(t.id)}>
          <Toast.Description className="toast-text">{t.message}</Toast.Description>
          {t.action && (
            <Toast.Action altText={t.action.label} asChild>
              <button
                className="btn btn-sm"
                onClick={() => {
                  t.action?.run();
                  dismiss(t.id);
                }}
              >
                {t.action.label}
              </button>
            </Toast.Action>
          )}
          <Toast.Close className="btn btn-sm btn-ghost" aria-label={tr('common.dismiss')}>
            ✕
          </Toast.Close>
        </Toast.Root>
      ))}
      {dialog ? createPortal(viewport, dialog) : viewport}
    </Toast.Provider>
  );
}

/** The dialog in front (Radix portals each open dialog onto <body>), or null. */
function useOpenDialog(): HTMLElement | null {
  const [dialog, setDialog] = useState<HTMLElement | null>(null);
  useEffect(() => {
    const find = () => {
      const open = [
        ...document.querySelectorAll<HTMLElement>('[role="dialog"][data-state="open"], [role="alertdialog"][data-state="open"]'),
      ];
      setDialog(open.at(-1) ?? null);
    };
    find();
    const observer = new MutationObserver(find);
    observer.observe(document.body, { childList: true });
    return () => observer.disconnect();
  }, []);
  return dialog;
}
