import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage, type Language } from '../i18n';

/** Switches the UI language at run time; the choice is remembered on this desktop. */
export function LanguageSwitch({ labelledBy, size }: { labelledBy?: string; size?: 'xs' | 'sm' }) {
  const { i18n, t } = useTranslation();
  return (
    <SegmentedControl
      size={size}
      aria-labelledby={labelledBy}
      aria-label={labelledBy ? undefined : t('settings.language')}
      value={i18n.language}
      onChange={(value) => void setLanguage(value as Language)}
      data={LANGUAGES.map((l) => ({ value: l.code, label: l.label }))}
    />
  );
}
