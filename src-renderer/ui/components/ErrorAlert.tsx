import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/errors';
import type { StoreError } from '../data/store-client';

/**
 * A store refusal or failure, explained in the user's language. Announced when it appears
 * (`role="alert"`), and focusable from script (not a tab stop) so a form refused for no field of
 * its own can move focus to it (`focusRefusal`, which finds it by `data-refusal`): a screen reader
 * then reads the message, which Mantine's Alert names as its description.
 */
export function ErrorAlert({ error }: { error: StoreError | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" role="alert" variant="light" tabIndex={-1} data-refusal>
      {errorText(t, error.data)}
    </Alert>
  );
}
