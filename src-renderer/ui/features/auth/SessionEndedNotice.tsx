import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionEnd } from '../../../store/services/auth/ended';

/**
 * Why the sign-in page came up over the app: the administrator changed the account (or the session
 * ended for a reason the store host cannot tell). Unless the account is gone for good, it says that
 * the work left unsaved is still there for the same user.
 */
export function SessionEndedNotice({ end }: { end: SessionEnd }) {
  const { t } = useTranslation();
  const reason =
    end.cause === 'roleChanged' ? t('security.ended.roleChanged', { role: t(`role.${end.role}`) }) : t(`security.ended.${end.cause}`);
  return (
    <Alert color="orange" variant="light" role="alert">
      <Stack gap={4}>
        <Text size="sm">{reason}</Text>
        {end.cause !== 'disabled' && <Text size="sm">{t('security.ended.kept')}</Text>}
      </Stack>
    </Alert>
  );
}
