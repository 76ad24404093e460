import { CheckCircle2, XCircle } from 'lucide-react';
import type { ScoreBreakdown, ScoreSection } from '../../../shared/scoring/score';

const fmt = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
const SECTION_LABEL: Record<ScoreSection, string> = { fit: 'Fit', engagement: 'Engagement', decay: 'Decay', negative: 'Negative' };

/** The verdict first and big (colour and words), then the scores, the rule and every reason. */
export function ScoreCard({ score, threshold }: { score: ScoreBreakdown; threshold: number }) {
  return (
    <div className="ql-result">
      <div className={`ql-verdict ${score.isMql ? 'ql-verdict-yes' : 'ql-verdict-no'}`} data-testid="ql-verdict" role="status">
        {score.isMql ? <CheckCircle2 size={36} aria-hidden="true" /> : <XCircle size={36} aria-hidden="true" />}
        <span>{score.isMql ? 'MQL' : 'Not an MQL'}</span>
      </div>
      <dl className="ql-scores">
        <div><dt>Fit</dt><dd data-testid="ql-fit-score">{fmt.format(score.fit)}</dd></div>
        <div><dt>Engagement</dt><dd data-testid="ql-engagement-score">{fmt.format(score.engagement)}</dd></div>
        <div><dt>Negative</dt><dd>{score.negative > 0 ? `−${fmt.format(score.negative)}` : '0'}</dd></div>
        <div className="ql-total"><dt>Total</dt><dd><span data-testid="ql-total-score">{fmt.format(score.total)}</span><small> needs {fmt.format(threshold)}</small></dd></div>
      </dl>
      <ul className="ql-checks" aria-label="The MQL rule for this lead">
        {score.checks.map((c) => (
          <li key={c.text} className={c.met ? 'ql-met' : 'ql-unmet'}>
            <span aria-hidden="true">{c.met ? '✓' : '✗'}</span> <span className="sr-only">{c.met ? 'Met:' : 'Not met:'}</span> {c.text}
          </li>
        ))}
      </ul>
      <h3 className="ql-why-h">Every point, and why</h3>
      {score.lines.length === 0 ? (
        <p className="muted">No criterion matches this lead yet: fill in what you know about it.</p>
      ) : (
        <ul className="ql-lines" data-testid="ql-reasons">
          {score.lines.map((l, i) => (
            <li key={`${l.criterionId ?? 'decay'}-${i}`} className={l.points < 0 || l.veto ? 'ql-line-minus' : 'ql-line-plus'}>
              <span className="ql-line-section">{SECTION_LABEL[l.section]}</span>
              <span>{l.reason}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
