import { useTranslation } from 'react-i18next';
import { issueMessage, type Issue } from '../../../shared/leadProcess/validate';
import { useCheckMessage } from '../../i18n/checks';

/** The checks that concern the element open in the inspector, above its fields. */
export function InspectorIssues({ issues }: { issues: readonly Issue[] }) {
  const { t } = useTranslation('leadProcess');
  const say = useCheckMessage();
  if (issues.length === 0) return null;
  return (
    <div className="callout callout-danger lp-inspector-issues">
      <strong>{t('checks.needsAttention')}</strong>
      <ul>
        {issues.map((i) => (
          <li key={i.key}>{say(issueMessage(i))}</li>
        ))}
      </ul>
    </div>
  );
}
