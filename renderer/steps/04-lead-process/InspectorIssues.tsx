import type { Issue } from '../../../shared/leadProcess/validate';

/** The checks that concern the element open in the inspector, above its fields. */
export function InspectorIssues({ issues }: { issues: readonly Issue[] }) {
  if (issues.length === 0) return null;
  return (
    <div className="callout callout-danger lp-inspector-issues">
      <strong>Needs attention</strong>
      <ul>{issues.map((i) => <li key={i.key}>{i.message}</li>)}</ul>
    </div>
  );
}
