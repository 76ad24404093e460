import { useState } from 'react';
import { Plus, X } from 'lucide-react';
import type { Draft } from 'immer';
import type { Workshop } from '../../../shared/workshop/schema';
import { missingSuggestions } from '../../../shared/handOff/defaults';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';
import { showToast } from '../../app/toastStore';

interface TextListProps {
  label: string;
  /** One item, lower case ("rejection reason"): names inputs and buttons. */
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
  const w = useOpenWorkshop();
  const update = useWorkshop((s) => s.update);
  const replace = useWorkshop((s) => s.replace);
  const [draft, setDraft] = useState('');
  const full = items.length >= maxItems;
  const offered = full ? [] : missingSuggestions(items, suggestions);
  const newId = `${idBase}-new`;

  const add = (text: string) => {
    const t = text.trim();
    if (!t || full) return;
    update((d) => void select(d).push(t.slice(0, maxLength)));
  };
  const remove = (i: number) => {
    const before = w;
    update((d) => void select(d).splice(i, 1));
    showToast({ message: `Removed “${items[i]?.trim() || `${one} ${i + 1}`}”.`, action: { label: 'Undo', run: () => replace(before) } });
  };

  return (
    <fieldset className="text-list">
      <legend className="field-label">{label}</legend>
      {hint && <p className="field-hint">{hint}</p>}
      {items.length > 0 && (
        <ol className="text-list-rows">
          {items.map((item, i) => (
            <li key={i} className="text-list-row">
              <label className="sr-only" htmlFor={`${idBase}-${i}`}>{`${cap(one)} ${i + 1}`}</label>
              <input className="input" id={`${idBase}-${i}`} value={item} maxLength={maxLength}
                onChange={(e) => update((d) => void (select(d)[i] = e.target.value))} />
              <button className="btn btn-ghost btn-sm icon-btn" aria-label={`Remove ${one} ${i + 1}`} title={`Remove ${one}`} onClick={() => remove(i)}>
                <X size={16} aria-hidden="true" />
              </button>
            </li>
          ))}
        </ol>
      )}
      <div className="text-list-row">
        <label className="sr-only" htmlFor={newId}>{`New ${one}`}</label>
        <input className="input text-list-new" id={newId} value={draft} maxLength={maxLength} placeholder={`Add a ${one}…`}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add(draft);
              setDraft('');
            }
          }} />
        <button className="btn btn-sm" disabled={!draft.trim() || full} onClick={() => {
          add(draft);
          setDraft('');
          document.getElementById(newId)?.focus();
        }}>
          <Plus size={16} aria-hidden="true" /> Add
        </button>
      </div>
      {full && <p className="field-hint">{`${label}: ${maxItems} is the most this list holds.`}</p>}
      {offered.length > 0 && (
        <div className="suggestions" role="group" aria-label={`Suggested ${one}s`}>
          <span className="muted">Suggested:</span>
          {offered.map((s) => (
            <button key={s} className="btn btn-sm suggestion" onClick={() => add(s)} aria-label={`Add suggested ${one}: ${s}`}>
              <Plus size={14} aria-hidden="true" /> {s}
            </button>
          ))}
          {offered.length > 1 && (
            <button className="btn btn-sm btn-ghost" onClick={() => update((d) => void select(d).push(...offered.slice(0, maxItems - items.length)))}>
              Add all {offered.length}
            </button>
          )}
        </div>
      )}
    </fieldset>
  );
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
