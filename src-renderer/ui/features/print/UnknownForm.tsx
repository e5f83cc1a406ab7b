import { Alert } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlatform } from '../../data/hooks';

/** A print route naming no form: said plainly, and the print service is told so it does not wait for a page. */
export function UnknownForm({ form, forms }: { form: string; forms: readonly string[] }) {
  const { t } = useTranslation();
  const platform = usePlatform();
  useEffect(() => platform.printReady(), [platform]);
  return (
    <Alert color="red" role="alert" variant="light" m="md">
      {t('print.unknownForm', { form, forms: forms.map((f) => t(`print.titles.${f}`)).join(t('case.listSeparator')) })}
    </Alert>
  );
}
