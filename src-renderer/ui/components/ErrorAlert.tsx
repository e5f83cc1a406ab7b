import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/errors';
import type { StoreError } from '../data/store-client';

/** A store refusal or failure, explained in the user's language. */
export function ErrorAlert({ error }: { error: StoreError | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" role="alert" variant="light">
      {errorText(t, error.data)}
    </Alert>
  );
}
