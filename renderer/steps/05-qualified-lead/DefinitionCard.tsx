import { useMemo } from 'react';
import { Copy } from 'lucide-react';
import { mqlDefinitionText } from '../../../shared/scoring/definition';
import { showToast } from '../../app/toastStore';
import { useModel } from './useModel';

/** The model in sentences: what the room reads back before agreeing, and what the SLA quotes. */
export function DefinitionCard() {
  const { q } = useModel();
  const text = useMemo(() => mqlDefinitionText(q), [q]);
  const copy = () =>
    navigator.clipboard.writeText(text).then(
      () => showToast({ message: 'MQL definition copied.' }),
      () => showToast({ tone: 'error', message: 'Could not copy: select the definition and copy it by hand.' }),
    );
  return (
    <section className="card section" aria-labelledby="ql-def-h">
      <div className="section-head">
        <h2 id="ql-def-h">The definition in plain words</h2>
        <button className="btn" onClick={() => void copy()}><Copy size={18} aria-hidden="true" /> Copy definition</button>
      </div>
      <p className="muted">Read it aloud before you agree: this is the text the SLA quotes.</p>
      <blockquote className="ql-definition" id="ql-definition" data-testid="ql-definition">
        {text.split('\n\n').map((p, i) => <p key={i}>{p}</p>)}
      </blockquote>
    </section>
  );
}
