import type { StepId } from '../../shared/workshop/stepIds';
import { platform } from '../platform';
import { showToast } from '../app/toastStore';
import { i18n } from '../i18n';

/** Opens (or brings back) the presenter view and says where it went. */
export async function openPresenterView(workshopId: string, step: StepId): Promise<void> {
  const t = i18n.getFixedT(null, 'facilitation');
  try {
    const r = await platform.openPresenter(workshopId, step);
    if (!r) showToast({ message: t('presenter.blocked'), tone: 'error' });
    else if (r.display === 'secondary') showToast({ message: t('presenter.onSecondDisplay') });
    else if (r.display === 'primary') showToast({ message: t('presenter.onThisDisplay') });
  } catch (e) {
    showToast({ message: t('presenter.failed', { reason: e instanceof Error ? e.message : String(e) }), tone: 'error' });
  }
}
