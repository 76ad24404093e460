import { useEffect, useMemo, useState } from 'react';
import { Dialog } from 'radix-ui';
import { useTranslation } from 'react-i18next';
import type { StepId } from '../../shared/workshop/stepIds';
import { useOpenWorkshop } from '../app/workshopStore';
import { buildCommands, filterCommands } from './commands';
import { useFacilitationUi } from './facilitationUi';
import '../ui/modal.css';

/**
 * Ctrl/Cmd+K: type a few letters, arrows to choose, Enter to run. A combobox over a listbox
 * (WAI-ARIA pattern), so a screen reader hears the highlighted command as it moves.
 */
export function CommandPalette({ step }: { step: StepId }) {
  const { t } = useTranslation(['facilitation', 'app']);
  const w = useOpenWorkshop();
  const close = useFacilitationUi((s) => s.close);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const all = useMemo(() => buildCommands(w, step, t), [w, step, t]);
  const shown = filterCommands(all, query);
  const index = Math.min(active, Math.max(0, shown.length - 1));
  const activeId = shown[index] ? `cmd-${shown[index].id}` : undefined;

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  const run = (i: number) => {
    const c = shown[i];
    if (!c) return;
    // Close first: the command may open another dialog, which must not be closed with this one.
    close();
    c.run();
  };

  return (
    <Dialog.Root open onOpenChange={(o) => !o && close()}>
      <Dialog.Portal>
        <Dialog.Overlay className="modal-overlay" />
        <Dialog.Content className="modal palette" aria-describedby={undefined}>
          <Dialog.Title className="sr-only">{t('palette.title')}</Dialog.Title>
          <input
            className="input palette-input"
            role="combobox"
            aria-expanded="true"
            aria-controls="palette-list"
            aria-activedescendant={activeId}
            aria-label={t('palette.title')}
            placeholder={t('palette.placeholder')}
            value={query}
            autoFocus
            onChange={(e) => {
              setQuery(e.target.value);
              setActive(0);
            }}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown') {
                e.preventDefault();
                setActive((index + 1) % Math.max(1, shown.length));
              } else if (e.key === 'ArrowUp') {
                e.preventDefault();
                setActive((index - 1 + shown.length) % Math.max(1, shown.length));
              } else if (e.key === 'Enter') {
                e.preventDefault();
                run(index);
              }
            }}
          />
          <ul id="palette-list" role="listbox" className="palette-list" aria-label={t('palette.title')}>
            {shown.map((c, i) => (
              <li
                key={c.id}
                id={`cmd-${c.id}`}
                role="option"
                aria-selected={i === index}
                className="palette-option"
                onMouseMove={() => setActive(i)}
                onClick={() => run(i)}
              >
                <span>{c.label}</span>
                {c.hint && <small>{c.hint}</small>}
              </li>
            ))}
          </ul>
          {shown.length === 0 && (
            <p className="palette-empty" role="status">
              {t('palette.nothing', { query })}
            </p>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
