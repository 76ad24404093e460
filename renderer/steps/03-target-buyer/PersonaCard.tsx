import { useMemo, type ReactNode } from 'react';
import { ArrowDown, ArrowUp, Copy, Pencil, Target, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { PERSONA_FACT_FIELDS, type Persona } from '../../../shared/workshop/steps/targetBuyer';
import { evidenceCounts, initials, personaFacts } from '../../../shared/targetBuyer/persona';
import { AssumptionSummary, EvidenceBadge } from './Evidence';
import { roleClass } from './roles';

export type EditFocus = 'name' | 'title' | 'role';

export interface PersonaActions {
  edit(focus?: EditFocus): void;
  duplicate(): void;
  move(by: -1 | 1): void;
  remove(): void;
  toCriteria(): void;
}

interface Props {
  persona: Persona;
  index: number;
  count: number;
  /** Without actions the card is an example (empty state) and takes no focus. */
  actions?: PersonaActions;
  /** What the last "Turn into scoring criteria" did, shown where the button was pressed. */
  note?: ReactNode;
}

/** A persona as the room reads it from the back: initials, role colour with its label, large type. */
export function PersonaCard({ persona: p, index, count, actions, note }: Props) {
  const counts = useMemo(() => evidenceCounts(personaFacts(p)), [p]);
  const { t } = useTranslation('targetBuyer');
  const name = p.name.trim() || t('card.unnamed');
  const headingId = `persona-${p.id}-heading`;
  return (
    <article
      className={`persona-card ${roleClass(p.buyingRole)}`}
      id={actions ? `persona-card-${p.id}` : undefined}
      tabIndex={actions ? 0 : undefined}
      aria-labelledby={headingId}
      aria-describedby={actions ? 'persona-keys' : undefined}
      onKeyDown={(e) => {
        if (!actions || e.target !== e.currentTarget) return;
        if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
          e.preventDefault();
          actions.move(e.key === 'ArrowUp' ? -1 : 1);
        } else if (e.key === 'Enter') {
          e.preventDefault();
          actions.edit();
        }
      }}
    >
      <header className="persona-head">
        <span className="persona-avatar" aria-hidden="true">
          {initials(p.name)}
        </span>
        <div className="persona-who">
          <h3 id={headingId}>{name}</h3>
          <p className="persona-title">
            {p.title.trim() || <span className="muted">{t('card.noTitle')}</span>}
            {p.seniority && <span className="persona-seniority"> · {t(`seniority.${p.seniority}`)}</span>}
          </p>
        </div>
        <span className="role-badge">{p.buyingRole ? t(`role.${p.buyingRole}`) : t('card.noRole')}</span>
      </header>
      <div className="persona-facts">
        {PERSONA_FACT_FIELDS.filter((f) => p[f].some((x) => x.text.trim())).map((f) => (
          <div key={f} className="persona-fact-group">
            <h4>{t(`personaField.${f}.label`)}</h4>
            <ul>
              {p[f]
                .filter((x) => x.text.trim())
                .map((x) => (
                  <li key={x.id}>
                    <span>{x.text}</span> <EvidenceBadge evidence={x.evidence} />
                  </li>
                ))}
            </ul>
          </div>
        ))}
        {counts.total === 0 && <p className="muted">{t('card.noFacts')}</p>}
      </div>
      {counts.total > 0 && <AssumptionSummary counts={counts} compact />}
      {actions && (
        <footer className="persona-actions">
          <button className="btn btn-sm" onClick={() => actions.edit()} aria-label={t('card.editOne', { name })}>
            <Pencil size={16} aria-hidden="true" /> {t('card.edit')}
          </button>
          <button className="btn btn-sm" onClick={actions.toCriteria} aria-label={t('card.toCriteriaOne', { name })}>
            <Target size={16} aria-hidden="true" /> {t('card.toCriteria')}
          </button>
          <span className="persona-tools">
            <button
              className="btn btn-ghost btn-sm icon-btn"
              id={`persona-${p.id}-up`}
              onClick={() => actions.move(-1)}
              disabled={index === 0}
              aria-label={t('card.moveUp', { name })}
              title={t('card.moveUpTitle')}
            >
              <ArrowUp size={16} aria-hidden="true" />
            </button>
            <button
              className="btn btn-ghost btn-sm icon-btn"
              id={`persona-${p.id}-down`}
              onClick={() => actions.move(1)}
              disabled={index === count - 1}
              aria-label={t('card.moveDown', { name })}
              title={t('card.moveDownTitle')}
            >
              <ArrowDown size={16} aria-hidden="true" />
            </button>
            <button
              className="btn btn-ghost btn-sm icon-btn"
              onClick={actions.duplicate}
              aria-label={t('card.duplicate', { name })}
              title={t('card.duplicateTitle')}
            >
              <Copy size={16} aria-hidden="true" />
            </button>
            <button
              className="btn btn-ghost btn-sm icon-btn"
              onClick={actions.remove}
              aria-label={t('card.delete', { name })}
              title={t('card.deleteTitle')}
            >
              <Trash2 size={16} aria-hidden="true" />
            </button>
          </span>
          {/* Targets for the "Mark step done" summary: focusing one opens the editor at that field. */}
          {(['name', 'title', 'role'] as const).map((f) => (
            <span key={f} id={`persona-${p.id}-${f}`} tabIndex={-1} className="sr-only" onFocus={() => actions.edit(f)} />
          ))}
        </footer>
      )}
      {note}
    </article>
  );
}
