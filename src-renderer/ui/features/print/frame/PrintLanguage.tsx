import type { i18n as I18n, TFunction } from 'i18next';
import { useMemo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { useStoreQuery } from '../../../data/hooks';

/**
 * The i18n of what is handed to customers (the printed forms, the receipt an agent copies): Chinese
 * unless Settings → 打印 (`print.formsLanguage`) chose each user's own. `null` until the settings
 * are read; the user's own when they cannot be read (`failed`).
 */
function useFormsI18n(): { forms: I18n | null; failed: boolean } {
  const { i18n } = useTranslation();
  const settings = useStoreQuery('settings.get', {}, 'settings');
  const chosen = settings.data?.print.formsLanguage ?? 'zh-CN';
  const language = chosen === 'ui' ? i18n.language : chosen;
  const forms = useMemo(() => (language === i18n.language ? i18n : i18n.cloneInstance({ lng: language })), [i18n, language]);
  if (settings.error) return { forms: i18n, failed: true };
  return { forms: settings.data ? forms : null, failed: false };
}

/**
 * A text for the customer in the forms' language (see useFormsI18n): the user's own until the
 * settings are read. `language`: the forms' language, null until then.
 */
export function useFormsT(): { t: TFunction; language: string | null } {
  const { t } = useTranslation();
  const { forms } = useFormsI18n();
  return useMemo(() => (forms ? { t: forms.getFixedT(forms.language), language: forms.language } : { t, language: null }), [forms, t]);
}

/**
 * A printed form's language, from Settings → 打印 (`print.formsLanguage`): Chinese unless the centre
 * chose the user's own, so a customer's receipt and survey never come out in the English an agent
 * works in. Until the settings are read nothing is drawn (the form waits to say it is ready); when
 * they cannot be read, the form shows its own error in the user's language.
 */
export function PrintLanguage({ children }: { children: ReactNode }) {
  const { forms, failed } = useFormsI18n();
  if (failed) return children;
  if (!forms) return null;
  return <I18nextProvider i18n={forms}>{children}</I18nextProvider>;
}
