import { useTranslation } from 'react-i18next';
import { THEMES, useTheme } from '../ui/theme';
import { Modal } from '../ui/Modal';
import { SelectField } from '../ui/fields';
import { setLanguageChoice, useLanguageChoice } from '../i18n';
import { LANGUAGE_NAMES, pickUiLanguage, systemLanguages, UI_LANGUAGES, type UiLanguageChoice } from '../i18n/languages';

/** Settings of this computer (not of a workshop): the language of the app and its look. */
export function SettingsDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const choice = useLanguageChoice((s) => s.choice);
  const { theme, setTheme } = useTheme();
  const system = LANGUAGE_NAMES[pickUiLanguage(systemLanguages())];
  const options: { value: UiLanguageChoice; label: string }[] = [
    { value: 'system', label: t('settings.system', { language: system }) },
    ...UI_LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] })),
  ];
  return (
    <Modal open onOpenChange={(o) => !o && onClose()} title={t('settings.title')} description={t('settings.description')}>
      <div className="stack">
        <SelectField id="ui-language" label={t('settings.uiLanguage')} hint={t('settings.uiLanguageHint')} value={choice} options={options}
          onChange={(v) => void setLanguageChoice(v)} />
        <SelectField id="ui-theme" label={t('settings.theme')} hint={t('settings.themeHint')} value={theme}
          options={THEMES.map((value) => ({ value, label: t(`settings.themes.${value}`) }))} onChange={setTheme} />
      </div>
      <div className="modal-actions">
        <button className="btn btn-primary" onClick={onClose}>{t('settings.done')}</button>
      </div>
    </Modal>
  );
}
