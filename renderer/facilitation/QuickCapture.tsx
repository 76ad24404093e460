import { useTranslation } from 'react-i18next';
import type { CaptureKind } from '../../shared/facilitation/capture';
import type { StepId } from '../../shared/workshop/stepIds';
import { Modal } from '../ui/Modal';
import { CaptureForm } from './CaptureForm';
import { useFacilitationUi } from './facilitationUi';

/** Ctrl/Cmd+J or the palette: capture without leaving the step; Enter adds and closes. */
export function QuickCapture({ kind, step }: { kind: CaptureKind; step: StepId }) {
  const { t } = useTranslation('facilitation');
  const close = useFacilitationUi((s) => s.close);
  return (
    <Modal open onOpenChange={(o) => !o && close()} title={t('quick.title')} description={t('quick.description')}>
      <CaptureForm kind={kind} step={step} switchable autoFocus onDone={close} />
    </Modal>
  );
}
