import { Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useStoreQuery } from '../../data/hooks';
import { Panel } from '../../components/Panel';
import { IndexProgress } from '../jobs/IndexProgress';
import { SimilarCasesItem } from './SimilarCasesItem';

/**
 * 相似案例: the closed complaints closest in wording to this one, with how they
 * were resolved, as a starting point for the plan. Asked again after every
 * change, so a case closing elsewhere shows up here.
 */
export function SimilarCases({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const similar = useStoreQuery('assist.similar', { caseId }, caseId);
  return (
    <Panel dense title={t('similar.title')}>
      <Text size="xs" c="dimmed">
        {t('similar.hint')}
      </Text>
      <ErrorAlert error={similar.error} />
      {similar.loading && (
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm" c="dimmed">
            {t('similar.loading')}
          </Text>
        </Group>
      )}
      <IndexProgress kind="similarIndex" waiting={similar.loading} />
      {similar.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('similar.empty')}
        </Text>
      )}
      {similar.data && similar.data.length > 0 && (
        <Stack component="ul" gap="xs" p={0} m={0} aria-label={t('similar.title')}>
          {similar.data.map((item) => (
            <SimilarCasesItem key={item.id} item={item} />
          ))}
        </Stack>
      )}
    </Panel>
  );
}
