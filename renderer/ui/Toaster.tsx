import { Toast } from 'radix-ui';
import { useTranslation } from 'react-i18next';
import { useToasts } from '../app/toastStore';
import './toast.css';

export function Toaster() {
  const { toasts, dismiss } = useToasts();
  const { t: tr } = useTranslation();
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
          <Toast.Close className="btn btn-sm btn-ghost" aria-label={tr('common.dismiss')}>✕</Toast.Close>
        </Toast.Root>
      ))}
      <Toast.Viewport className="toast-viewport" />
    </Toast.Provider>
  );
}
