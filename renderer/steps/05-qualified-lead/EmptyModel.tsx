import { Sparkles } from 'lucide-react';
import { Trans, useTranslation } from 'react-i18next';
import { newId } from '../../../shared/workshop/factory';
import { starterModel } from '../../../shared/scoring/starterModel';
import { useModel } from './useModel';

/** An empty step teaches: what a model looks like, why it matters, and one button to start. */
export function EmptyModel() {
  const { w, edit } = useModel();
  const { t } = useTranslation('qualifiedLead');
  const rich = (k: 'fit' | 'engagement' | 'disqualified' | 'rule') => (
    <Trans t={t} i18nKey={`start.${k}`} components={{ strong: <strong /> }} />
  );
  return (
    <section className="card section ql-start" aria-labelledby="ql-start-h">
      <h2 id="ql-start-h">{t('start.title')}</h2>
      <p>{t('start.why')}</p>
      <div className="ql-example">
        <p className="ql-example-h">{t('start.exampleTitle')}</p>
        <ul>
          <li>{rich('fit')}</li>
          <li>{rich('engagement')}</li>
          <li>{rich('disqualified')}</li>
          <li>{rich('rule')}</li>
        </ul>
      </div>
      <div className="row">
        <button className="btn btn-primary" onClick={() => edit((d) => void Object.assign(d, starterModel(newId, w.language)))}>
          <Sparkles size={18} aria-hidden="true" /> {t('start.starter')}
        </button>
        <button className="btn btn-ghost" onClick={() => edit((d) => void (d.started = true))}>
          {t('start.empty')}
        </button>
      </div>
      <p className="muted">{t('start.note')}</p>
    </section>
  );
}
