import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseErasure } from '../../../store/services/privacy/case-erasures';
import { formatDateTime } from '../../components/format';
import { useAuth } from '../auth/AuthGate';

/**
 * 客户已要求删除个人信息: an open deletion request covers this case. Whoever handles it learns that the
 * customer's data goes once the case ends (and to collect no more than the case needs); legal and
 * the administrator, who carry requests out, get a link to each.
 */
export function ErasureNotice({ erasures }: { erasures: CaseErasure[] }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  if (erasures.length === 0) return null;
  return (
    <Alert color="grape" variant="light" title={t('erasure.caseNotice.title')}>
      <Stack gap={4}>
        {erasures.map((erasure) => (
          <Text key={erasure.no} size="sm">
            {t('erasure.caseNotice.received', { no: erasure.no, at: formatDateTime(erasure.receivedAt), due: formatDateTime(erasure.dueAt) })}{' '}
            {t(`erasure.caseNotice.${erasure.state === 'waiting' ? (erasure.waiting ?? 'handling') : erasure.state}`)}{' '}
            {can('erasure.record') && (
              <Anchor href={`#/settings/privacy/${encodeURIComponent(erasure.no)}`} size="sm">
                {t('erasure.caseNotice.open', { no: erasure.no })}
              </Anchor>
            )}
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}
