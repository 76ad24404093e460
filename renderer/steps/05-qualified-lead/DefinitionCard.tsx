import { useMemo } from 'react';
import { Copy } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { mqlDefinitionText } from '../../../shared/scoring/definition';
import { showToast } from '../../app/toastStore';
import { useModel } from './useModel';

/** The model in sentences: what the room reads back before agreeing, and what the SLA quotes. */
export function DefinitionCard() {
  const { w, q } = useModel();
  const text = useMemo(() => mqlDefinitionText(q, w.language), [q, w.language]);
  const { t } = useTranslation('qualifiedLead');
  const copy = () =>
    navigator.clipboard.writeText(text).then(
      () => showToast({ message: t('definition.copied') }),
      () => showToast({ tone: 'error', message: t('definition.copyFailed') }),
    );
  return (
    <section className="card section" aria-labelledby="ql-def-h">
      <div className="section-head">
        <h2 id="ql-def-h">{t('definition.title')}</h2>
        <button className="btn" onClick={() => void copy()}>
          <Copy size={18} aria-hidden="true" /> {t('definition.copy')}
        </button>
      </div>
      <p className="muted">{t('definition.intro')}</p>
      <blockquote className="ql-definition" id="ql-definition" data-testid="ql-definition" lang={w.language}>
        {text.split('\n\n').map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </blockquote>
    </section>
  );
}
