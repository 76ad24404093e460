import { Toast } from 'radix-ui';
import { useToasts } from '../app/toastStore';
import './toast.css';

export function Toaster() {
  const { toasts, dismiss } = useToasts();
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
          <Toast.Close className="btn btn-sm btn-ghost" aria-label="Dismiss">✕</Toast.Close>
        </Toast.Root>
      ))}
      <Toast.Viewport className="toast-viewport" />
    </Toast.Provider>
  );
}
