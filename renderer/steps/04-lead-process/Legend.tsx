import { STAGE_OWNERS, TRANSITION_KINDS } from '../../../shared/workshop/steps/leadProcess';
import { EDGE_COLORS, EDGE_DASH } from '../../../shared/leadProcess/svg';
import { TRANSITION_KIND_LABEL } from '../../../shared/leadProcess/labels';
import { TeamBadge } from '../../ui/TeamBadge';

const MEANING = { forward: 'expected conversion on the line', recycle: 'back to nurture', feedback: 'on lead quality' } as const;

/** What colours and lines mean, for the people at the back of the room. */
export function Legend() {
  return (
    <div className="lp-legend" aria-label="Legend">
      <span className="lp-legend-title">Owners</span>
      {STAGE_OWNERS.map((o) => <TeamBadge key={o} team={o} />)}
      <span className="lp-toolbar-sep" aria-hidden="true" />
      {TRANSITION_KINDS.map((k) => (
        <span key={k} className="lp-legend-line">
          <svg width="36" height="12" aria-hidden="true">
            <line x1="2" y1="6" x2="34" y2="6" stroke={EDGE_COLORS[k]} strokeWidth="3" strokeDasharray={EDGE_DASH[k] ?? undefined} />
          </svg>
          <span><strong>{TRANSITION_KIND_LABEL[k]}</strong> {MEANING[k]}</span>
        </span>
      ))}
    </div>
  );
}
