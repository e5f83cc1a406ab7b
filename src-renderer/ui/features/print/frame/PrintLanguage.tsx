import { useMemo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { useStoreQuery } from '../../../data/hooks';

/**
 * A printed form's language, from Settings → 打印 (`print.formsLanguage`): Chinese unless the centre
 * chose the user's own, so a customer's receipt and survey never come out in the English an agent
 * works in. Until the settings are read nothing is drawn (the form waits to say it is ready); when
 * they cannot be read, the form shows its own error in the user's language.
 */
export function PrintLanguage({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const settings = useStoreQuery('settings.get', {}, 'settings');
  const chosen = settings.data?.print.formsLanguage ?? 'zh-CN';
  const language = chosen === 'ui' ? i18n.language : chosen;
  const forForms = useMemo(() => (language === i18n.language ? i18n : i18n.cloneInstance({ lng: language })), [i18n, language]);
  if (settings.error) return children;
  if (!settings.data) return null;
  return <I18nextProvider i18n={forForms}>{children}</I18nextProvider>;
}
