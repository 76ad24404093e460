import { ArrowRight } from 'lucide-react';
import { Trans, useTranslation } from 'react-i18next';
import { sampleTargetBuyer } from '../../../shared/workshop/samples/targetBuyer';
import { PersonaCard } from './PersonaCard';

const example = sampleTargetBuyer().personas[0]!;

/** What good looks like and why it matters, with one way in. */
export function EmptyState({ onStart }: { onStart(focusId?: string): void }) {
  const { t } = useTranslation('targetBuyer');
  return (
    <section className="card section tb-empty" aria-labelledby="tb-empty-h">
      <div className="tb-empty-text">
        <h2 id="tb-empty-h">{t('empty.title')}</h2>
        <p>
          <Trans t={t} i18nKey="empty.why" components={{ strong: <strong /> }} />
        </p>
        <p>
          <Trans t={t} i18nKey="empty.how" components={{ em: <em /> }} />
        </p>
        <div>
          <button className="btn btn-primary" onClick={() => onStart()}>
            {t('empty.start')} <ArrowRight size={18} aria-hidden="true" />
          </button>
        </div>
      </div>
      <figure className="tb-empty-example">
        <figcaption className="muted">{t('empty.example')}</figcaption>
        <PersonaCard persona={example} index={0} count={1} />
      </figure>
      {/* Targets for the "Mark step done" summary: they open the editors and land on the field. */}
      {['icp-industries-new', 'add-persona'].map((id) => (
        <span key={id} id={id} tabIndex={-1} className="sr-only" onFocus={() => onStart(id)} />
      ))}
    </section>
  );
}
