import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../i18n/format';
import './csv.css';

/** A file being read: how far (bytes read of the file's size) and a way to stop. */
export function CsvProgress({ bytesRead, totalBytes, onCancel }: { bytesRead: number; totalBytes: number; onCancel(): void }) {
  const { t } = useTranslation('app');
  const share = totalBytes > 0 ? bytesRead / totalBytes : 0;
  return (
    <div className="csv-progress" data-testid="csv-progress">
      <progress max={1} value={share} aria-label={t('csv.reading')} />
      <span role="status">
        {t('csv.progress', { pct: formatPercent(share), read: megabytes(bytesRead), total: megabytes(totalBytes) })}
      </span>
      <button className="btn btn-sm" onClick={onCancel}>
        {t('csv.cancel')}
      </button>
    </div>
  );
}

/** Sizes in MB with one decimal in the UI locale: "12.4", "0.1". */
export const megabytes = (bytes: number) => formatNumber(Math.max(0.1, Math.round(bytes / 104857.6) / 10), 1);
