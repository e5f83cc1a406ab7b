import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePlatform } from '../data/hooks';
import { LANGUAGES, setLanguage, type Language } from '../i18n';

/** Switches the UI language at run time; the choice is remembered on this desktop. */
export function LanguageSwitch({ labelledBy, size }: { labelledBy?: string; size?: 'xs' | 'sm' }) {
  const { i18n, t } = useTranslation();
  const platform = usePlatform();
  const change = (language: Language) => {
    void setLanguage(language);
    // Main speaks the same language in the tray and menus.
    void platform.setPrefs({ language });
  };
  return (
    <SegmentedControl
      size={size}
      aria-labelledby={labelledBy}
      aria-label={labelledBy ? undefined : t('settings.language')}
      value={i18n.language}
      onChange={(value) => change(value as Language)}
      data={LANGUAGES.map((l) => ({ value: l.code, label: l.label }))}
    />
  );
}
