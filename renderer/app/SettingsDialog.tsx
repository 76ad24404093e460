import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Tabs } from 'radix-ui';
import { THEMES, useTheme } from '../ui/theme';
import { Modal } from '../ui/Modal';
import { SelectField } from '../ui/fields';
import { setLanguageChoice, useLanguageChoice } from '../i18n';
import { LANGUAGE_NAMES, pickUiLanguage, systemLanguages, UI_LANGUAGES, type UiLanguageChoice } from '../i18n/languages';
import { withStrings } from '../i18n/withStrings';
import './seal.css';

/** The seal section loads when its tab is first opened, with every namespace of strings. */
const TeamWorkspaceSettings = lazy(() =>
  withStrings(import('../sync/TeamWorkspaceSettings')).then((m) => ({ default: m.TeamWorkspaceSettings })),
);
const SealSettings = lazy(() => withStrings(import('./SealSettings')).then((m) => ({ default: m.SealSettings })));

type Section = 'general' | 'seal' | 'team';

/**
 * Settings of this computer (not of a workshop), in two tabs: the language of the app and its
 * look; and the seal and trust (this install's seal, an organisation certificate, the sealers
 * this computer trusts). The dialog scrolls when a tab is taller than the window.
 */
export function SettingsDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const choice = useLanguageChoice((s) => s.choice);
  const { theme, setTheme } = useTheme();
  const [section, setSection] = useState<Section>('general');
  const system = LANGUAGE_NAMES[pickUiLanguage(systemLanguages())];
  const options: { value: UiLanguageChoice; label: string }[] = [
    { value: 'system', label: t('settings.system', { language: system }) },
    ...UI_LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] })),
  ];
  return (
    <Modal open onOpenChange={(o) => !o && onClose()} title={t('settings.title')} description={t('settings.description')} wide>
      <Tabs.Root value={section} onValueChange={(v) => setSection(v as Section)} className="settings-tabs">
        <Tabs.List className="settings-tabs-list" aria-label={t('settings.tabs.label')}>
          <Tabs.Trigger value="general" className="settings-tab">
            {t('settings.tabs.general')}
          </Tabs.Trigger>
          <Tabs.Trigger value="seal" className="settings-tab">
            {t('settings.tabs.seal')}
          </Tabs.Trigger>
          <Tabs.Trigger value="team" className="settings-tab">
            {t('sync:settings.tab', { defaultValue: 'Team workspace' })}
          </Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="general" className="settings-tab-panel">
          <div className="stack">
            <SelectField
              id="ui-language"
              label={t('settings.uiLanguage')}
              hint={t('settings.uiLanguageHint')}
              value={choice}
              options={options}
              onChange={(v) => void setLanguageChoice(v)}
            />
            <SelectField
              id="ui-theme"
              label={t('settings.theme')}
              hint={t('settings.themeHint')}
              value={theme}
              options={THEMES.map((value) => ({ value, label: t(`settings.themes.${value}`) }))}
              onChange={setTheme}
            />
          </div>
        </Tabs.Content>
        <Tabs.Content value="seal" className="settings-tab-panel">
          <Suspense
            fallback={
              <p className="muted" aria-busy="true">
                {t('settings.loading')}
              </p>
            }
          >
            <SealSettings />
          </Suspense>
        </Tabs.Content>
        <Tabs.Content value="team" className="settings-tab-panel">
          <Suspense
            fallback={
              <p className="muted" aria-busy="true">
                {t('settings.loading')}
              </p>
            }
          >
            <TeamWorkspaceSettings />
          </Suspense>
        </Tabs.Content>
      </Tabs.Root>
      <div className="modal-actions">
        <button className="btn btn-primary" onClick={onClose}>
          {t('settings.done')}
        </button>
      </div>
    </Modal>
  );
}
