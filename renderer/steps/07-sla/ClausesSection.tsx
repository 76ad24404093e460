import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertTriangle, Pencil, RotateCcw } from 'lucide-react';
import { acknowledgedClause, clauseViews, editedClause, putClause, regeneratedClause, type ClauseView } from '../../../shared/sla/clauses';
import { currentDocument } from '../../../shared/sla/content';
import type { ClauseKind, SlaContent } from '../../../shared/workshop/steps/sla';
import { useOpenWorkshop, useWorkshop } from '../../app/workshopStore';

/**
 * The agreement's clauses, generated from the workshop. A clause follows the data until the
 * room edits it; an edited clause whose data then changes says so, with Regenerate. While a
 * version is frozen (out for signature, or signed) this shows that version's text as frozen,
 * never the live draft: what is shown is what was signed (the status bar lists what has moved on).
 */
export function ClausesSection({ locked }: { locked: boolean }) {
  const w = useOpenWorkshop();
  const frozen = useMemo(() => (locked ? currentDocument(w) : null), [locked, w]);
  if (frozen) return <FrozenClauses clauses={frozen.content.clauses ?? []} version={frozen.versionNumber} lang={frozen.content.language} />;
  return <LiveClauses locked={locked} />;
}

// Clause titles and texts are the agreement's own words, in its document language (not the UI's).
function FrozenClauses({ clauses, version, lang }: { clauses: NonNullable<SlaContent['clauses']>; version: number; lang: string }) {
  const { t } = useTranslation('sla');
  return (
    <section className="card section" aria-labelledby="clauses-h" data-testid="clauses-frozen">
      <div className="section-head">
        <h2 id="clauses-h">{t('clauses.title')}</h2>
        <span className="clause-tag">{t('clauses.asFrozen', { n: version })}</span>
      </div>
      <p className="muted">{clauses.length > 0 ? t('clauses.frozenIntro', { n: version }) : t('clauses.frozenNone', { n: version })}</p>
      <ol className="clause-list">
        {clauses.map((c, i) => (
          <li key={c.kind} className="clause-item" aria-labelledby={`clause-${c.kind}-h`}>
            <div className="clause-head">
              <h3 id={`clause-${c.kind}-h`}>
                <span className="clause-n">{i + 1}</span> <span lang={lang}>{c.title}</span>
              </h3>
            </div>
            <div id={`clause-${c.kind}-text`} className="clause-text" lang={lang}>
              {c.text.split('\n').map((p, j) => (
                <p key={j}>{p}</p>
              ))}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}

function LiveClauses({ locked }: { locked: boolean }) {
  const w = useOpenWorkshop();
  const clauses = useMemo(() => clauseViews(w), [w]);
  const changed = clauses.filter((c) => c.sourceChanged).length;
  const { t } = useTranslation('sla');
  return (
    <section className="card section" aria-labelledby="clauses-h">
      <div className="section-head">
        <h2 id="clauses-h">{t('clauses.title')}</h2>
        {changed > 0 && (
          <span className="clause-warning-count" role="status">
            <AlertTriangle size={16} aria-hidden="true" /> {t('clauses.sourceChanged', { count: changed })}
          </span>
        )}
      </div>
      <p className="muted">{t('clauses.intro')}</p>
      <ol className="clause-list">
        {clauses.map((c, i) => (
          <ClauseItem key={c.kind} n={i + 1} clause={c} locked={locked} lang={w.language} />
        ))}
      </ol>
    </section>
  );
}

function ClauseItem({ n, clause: c, locked, lang }: { n: number; clause: ClauseView; locked: boolean; lang: string }) {
  const update = useWorkshop((s) => s.update);
  const [editing, setEditing] = useState(false);
  const { t } = useTranslation('sla');
  const apply = (make: (d: Parameters<typeof putClause>[0], kind: ClauseKind) => ReturnType<typeof regeneratedClause>) =>
    update((d) => putClause(d, make(d, c.kind)));
  const id = `clause-${c.kind}`;
  return (
    <li className="clause-item" aria-labelledby={`${id}-h`}>
      <div className="clause-head">
        <h3 id={`${id}-h`}>
          <span className="clause-n">{n}</span> <span lang={lang}>{c.title}</span>
        </h3>
        {c.edited && <span className="clause-tag">{t('clauses.edited')}</span>}
        {!locked && (
          <div className="row">
            <button className="btn btn-sm" onClick={() => setEditing((e) => !e)} aria-expanded={editing} aria-controls={`${id}-text`}>
              <Pencil size={16} aria-hidden="true" /> {editing ? t('clauses.done') : t('clauses.edit')}
            </button>
            {c.edited && (
              <button
                className="btn btn-sm"
                onClick={() => {
                  apply(regeneratedClause);
                  setEditing(false);
                }}
              >
                <RotateCcw size={16} aria-hidden="true" /> {t('clauses.regenerate')}
              </button>
            )}
          </div>
        )}
      </div>
      {c.sourceChanged && (
        <div className="callout callout-warn clause-changed" role="status" data-testid={`${id}-source-changed`}>
          <AlertTriangle size={18} aria-hidden="true" /> {t('clauses.changed')}
          {!locked && (
            <span className="row">
              <button className="btn btn-sm btn-primary" onClick={() => apply(regeneratedClause)}>
                {t('clauses.regenerateFromData')}
              </button>
              <button className="btn btn-sm" onClick={() => apply(acknowledgedClause)}>
                {t('clauses.keepMine')}
              </button>
            </span>
          )}
          <details>
            <summary>{t('clauses.showRegenerated')}</summary>
            <p className="clause-text" lang={lang}>
              {c.text}
            </p>
          </details>
        </div>
      )}
      {editing && !locked ? (
        <textarea
          id={`${id}-text`}
          className="textarea clause-editor"
          lang={lang}
          aria-label={t('clauses.textOf', { n, title: c.title })}
          value={c.effectiveText}
          maxLength={8000}
          rows={Math.min(14, 3 + c.effectiveText.split('\n').length * 2)}
          onChange={(e) =>
            update((d) => putClause(d, editedClause(d, c.kind, e.target.value)), { coalesceKey: `field:sla.clauses.${c.kind}` })
          }
        />
      ) : (
        <div id={`${id}-text`} className="clause-text" lang={lang}>
          {c.effectiveText.split('\n').map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
      )}
    </li>
  );
}
