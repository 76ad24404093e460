import { useState } from 'react';
import { Plus, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Draft } from 'immer';
import { MAX_FACTS, type Evidence, type Fact } from '../../../shared/workshop/steps/targetBuyer';
import type { Workshop } from '../../../shared/workshop/schema';
import { newId } from '../../../shared/workshop/factory';
import { useWorkshop } from '../../app/workshopStore';
import { showUndoToast } from '../../app/undoToast';
import { EvidenceSelect } from './Evidence';

interface FactListProps {
  /** Heading of the list, e.g. "Industries". */
  label: string;
  /** One item, lower case and already translated, e.g. "industry": names inputs and buttons. */
  one: string;
  placeholder?: string;
  /** Prefix for DOM ids; `${idBase}-new` is the input for a new fact. */
  idBase: string;
  facts: readonly Fact[];
  /** Where the list lives in the workshop draft. */
  select(d: Draft<Workshop>): Draft<Fact>[];
}

/**
 * Facts typed live: Enter adds and keeps the cursor in the new-fact box, so a facilitator can
 * take dictation. New facts start as assumptions until someone names the evidence.
 */
export function FactList({ label, one, placeholder, idBase, facts, select }: FactListProps) {
  const update = useWorkshop((s) => s.update);
  const [draft, setDraft] = useState('');
  const [evidence, setEvidence] = useState<Evidence>('assumption');
  const newInput = `${idBase}-new`;
  const { t } = useTranslation(['targetBuyer', 'app']);
  const One = cap(one);

  const add = () => {
    const text = draft.trim();
    if (!text || facts.length >= MAX_FACTS) return;
    update((d) => void select(d).push({ id: newId(), text: text.slice(0, 500), evidence }));
    setDraft('');
    document.getElementById(newInput)?.focus();
  };
  const remove = (i: number) => {
    const text = facts[i]?.text.trim() || t('facts.item', { One, n: i + 1 });
    const undoId = update((d) => void select(d).splice(i, 1));
    showUndoToast(t('facts.removed', { text }), undoId);
  };

  return (
    <fieldset className="fact-list">
      <legend className="fact-list-label">{label}</legend>
      {facts.length > 0 && (
        <ul className="fact-rows">
          {facts.map((f, i) => (
            <li key={f.id} className="fact-row">
              <label className="sr-only" htmlFor={`${idBase}-${f.id}`}>
                {t('facts.item', { One, n: i + 1 })}
              </label>
              {/* Grows with its text so a long fact stays readable on the projector; Enter moves on. */}
              <textarea
                className="input fact-text"
                rows={1}
                id={`${idBase}-${f.id}`}
                value={f.text}
                maxLength={500}
                onChange={(e) =>
                  update((d) => void (select(d)[i]!.text = e.target.value.replace(/\n/g, ' ')), { coalesceKey: `field:${idBase}-${f.id}` })
                }
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    document.getElementById(newInput)?.focus();
                  }
                }}
              />
              <EvidenceSelect
                id={`${idBase}-${f.id}-evidence`}
                label={t('facts.evidenceFor', { one, n: i + 1 })}
                value={f.evidence}
                onChange={(ev) => update((d) => void (select(d)[i]!.evidence = ev))}
              />
              <button
                className="btn btn-ghost btn-sm icon-btn"
                aria-label={t('facts.remove', { one, n: i + 1 })}
                title={t('facts.removeTitle', { one })}
                onClick={() => remove(i)}
              >
                <X size={16} aria-hidden="true" />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="fact-row fact-new">
        <label className="sr-only" htmlFor={newInput}>
          {t('facts.newLabel', { one })}
        </label>
        <input
          className="input"
          id={newInput}
          value={draft}
          maxLength={500}
          placeholder={placeholder ?? t('facts.placeholder', { one })}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <EvidenceSelect id={`${newInput}-evidence`} label={t('facts.evidenceNew', { one })} value={evidence} onChange={setEvidence} />
        <button
          className="btn btn-sm icon-btn"
          aria-label={t('facts.add', { one })}
          title={t('facts.add', { one })}
          onClick={add}
          disabled={!draft.trim() || facts.length >= MAX_FACTS}
        >
          <Plus size={16} aria-hidden="true" />
        </button>
      </div>
      {facts.length >= MAX_FACTS && <p className="field-hint">{t('facts.full', { label: cap(label), max: MAX_FACTS })}</p>}
    </fieldset>
  );
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
