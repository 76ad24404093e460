import { useTranslation } from 'react-i18next';
import type { FileRefusal } from './csvStream';
import { megabytes } from './CsvProgress';

/** Why a file was not read, in the UI language, naming the file and what was expected. */
export function useRefusalText(): (file: string, r: FileRefusal) => string {
  const { t } = useTranslation('app');
  return (file, r) => {
    switch (r.code) {
      case 'binary':
        return t('csv.refused.binary', { file });
      case 'empty':
        return t('csv.refused.empty', { file });
      case 'tooLarge':
        return t('csv.refused.tooLarge', { file, size: megabytes(r.bytes), limit: megabytes(r.limit) });
    }
  };
}
