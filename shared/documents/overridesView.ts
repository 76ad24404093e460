import { describeCommitment } from '../sla/commitmentText';
import type { ConsistencyIssue, Period, SlaContent } from '../workshop/steps/sla';
import type { OverrideStrings } from './strings';

/** "Known differences accepted at signing", worded for the document: a title, one line per disagreement, the reason. */
export interface OverridesView {
  title: string;
  intro: string;
  items: string[];
  reason: string;
}

/**
 * The disagreements a version was frozen with, in its document language, from its own content
 * (its commitments describe themselves as signed), so the PDF says what the room accepted.
 */
export function buildOverridesView(c: SlaContent, s: OverrideStrings): OverridesView | null {
  const o = c.overrides;
  if (!o) return null;
  const nf = new Intl.NumberFormat(c.language, { maximumFractionDigits: 2 });
  const per = (n: number, p: Period) => s.per[p](nf.format(n));
  const byId = (id: string) => c.commitments.find((x) => x.id === id);
  const asTarget = (id: string, value: number) => {
    const x = byId(id);
    return x ? describeCommitment({ ...x, target: value }, c.language, c.commitments).target : nf.format(value);
  };
  const line = (issue: ConsistencyIssue): string => {
    switch (issue.code) {
      case 'volumeMismatch':
        return s.volumeMismatch({
          a: issue.first.position,
          aValue: per(issue.first.target, issue.first.period),
          b: issue.second.position,
          bValue: per(issue.second.target, issue.second.period),
          converted: per(issue.secondInFirstPeriod, issue.first.period),
        });
      case 'metricTargetMismatch': {
        const metric = issue.metricName || issue.metricId;
        if (issue.level !== null)
          return s.metricLevelMismatch({
            metric,
            metricValue: nf.format(issue.metricTarget),
            n: issue.commitment.position,
            level: nf.format(issue.level),
          });
        if (issue.metricInCommitmentPeriod !== null && issue.metricPeriod !== null) {
          const own = per(issue.metricTarget, issue.metricPeriod);
          const metricValue =
            issue.metricPeriod === issue.commitment.period
              ? own
              : s.converted(own, per(issue.metricInCommitmentPeriod, issue.commitment.period));
          return s.metricTargetMismatch({
            metric,
            metricValue,
            n: issue.commitment.position,
            commitmentValue: per(issue.commitment.target, issue.commitment.period),
          });
        }
        const id = issue.commitment.commitmentId;
        return s.metricTargetMismatch({
          metric,
          metricValue: asTarget(id, issue.metricTarget),
          n: issue.commitment.position,
          commitmentValue: asTarget(id, issue.commitment.target),
        });
      }
      case 'calculatorMismatch':
        return s.calculatorMismatch({
          n: issue.commitment.position,
          value: per(issue.commitment.target, issue.commitment.period),
          calculated: per(issue.calculated, issue.commitment.period),
        });
      case 'calculatorOrphan':
        return s.calculatorOrphan;
      case 'unmeasuredCommitment': {
        const x = byId(issue.commitmentId);
        return s.unmeasuredCommitment({
          n: issue.position,
          what: x ? describeCommitment(x, c.language, c.commitments).what : s.commitment(issue.position),
        });
      }
    }
  };
  return { title: s.title, intro: s.intro, items: o.issues.map(line), reason: s.reason(o.reason) };
}
