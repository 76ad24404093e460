import { useState } from 'react';
import { Plus, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Draft } from 'immer';
import type { Workshop } from '../../../shared/workshop/schema';
import { missingSuggestions } from '../../../shared/handOff/defaults';
import { useWorkshop } from '../../app/workshopStore';
import { showUndoToast } from '../../app/undoToast';

interface TextListProps {
  label: string;
  /** One item, lower case and translated ("rejection reason"): names inputs and buttons. */
  one: string;
  /** `${idBase}-new` is the box for a new item (the gap summary focuses it). */
  idBase: string;
  items: readonly string[];
  select(d: Draft<Workshop>): string[];
  suggestions?: readonly string[];
  hint?: string;
  maxLength?: number;
  /** Most items the schema holds. */
  maxItems: number;
}

/** An editable list of sentences; Enter adds, suggestions are one click each. */
export function TextList({ label, one, idBase, items, select, suggestions = [], hint, maxLength = 200, maxItems }: TextListProps) {
  const update = useWorkshop((s) => s.update);
  // The items and the suggestions are the workshop's own text, in its document language.
  const lang = useWorkshop((s) => s.workshop?.language);
  const [draft, setDraft] = useState('');
  const full = items.length >= maxItems;
  const offered = full ? [] : missingSuggestions(items, suggestions);
  const newId = `${idBase}-new`;
  const { t } = useTranslation(['handOff', 'app']);
  const One = cap(one);

  const add = (text: string) => {
    const typed = text.trim();
    if (!typed || full) return;
    update((d) => void select(d).push(typed.slice(0, maxLength)));
  };
  const remove = (i: number) => {
    const undoId = update((d) => void select(d).splice(i, 1));
    showUndoToast(t('list.removed', { text: items[i]?.trim() || t('list.item', { One, n: i + 1 }) }), undoId);
  };

  return (
    <fieldset className="text-list">
      <legend className="field-label">{label}</legend>
      {hint && <p className="field-hint">{hint}</p>}
      {items.length > 0 && (
        <ol className="text-list-rows">
          {items.map((item, i) => (
            <li key={i} className="text-list-row">
              <label className="sr-only" htmlFor={`${idBase}-${i}`}>
                {t('list.item', { One, n: i + 1 })}
              </label>
              <input
                className="input"
                lang={lang}
                id={`${idBase}-${i}`}
                value={item}
                maxLength={maxLength}
                onChange={(e) => update((d) => void (select(d)[i] = e.target.value), { coalesceKey: `field:${idBase}-${i}` })}
              />
              <button
                className="btn btn-ghost btn-sm icon-btn"
                aria-label={t('list.remove', { one, n: i + 1 })}
                title={t('list.removeTitle', { one })}
                onClick={() => remove(i)}
              >
                <X size={16} aria-hidden="true" />
              </button>
            </li>
          ))}
        </ol>
      )}
      <div className="text-list-row">
        <label className="sr-only" htmlFor={newId}>
          {t('list.newLabel', { one })}
        </label>
        <input
          className="input text-list-new"
          id={newId}
          value={draft}
          maxLength={maxLength}
          placeholder={t('list.placeholder', { one })}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add(draft);
              setDraft('');
            }
          }}
        />
        <button
          className="btn btn-sm"
          disabled={!draft.trim() || full}
          onClick={() => {
            add(draft);
            setDraft('');
            document.getElementById(newId)?.focus();
          }}
        >
          <Plus size={16} aria-hidden="true" /> {t('list.add')}
        </button>
      </div>
      {full && <p className="field-hint">{t('list.full', { label, max: maxItems })}</p>}
      {offered.length > 0 && (
        <div className="suggestions" role="group" aria-label={t('list.suggestions', { one })}>
          <span className="muted">{t('list.suggested')}</span>
          {offered.map((s) => (
            <button key={s} className="btn btn-sm suggestion" onClick={() => add(s)} aria-label={t('list.addSuggested', { one, text: s })}>
              <Plus size={14} aria-hidden="true" /> <span lang={lang}>{s}</span>
            </button>
          ))}
          {offered.length > 1 && (
            <button
              className="btn btn-sm btn-ghost"
              onClick={() => update((d) => void select(d).push(...offered.slice(0, maxItems - items.length)))}
            >
              {t('list.addAll', { n: offered.length })}
            </button>
          )}
        </div>
      )}
    </fieldset>
  );
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
