import { Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../domain/settings/settings';

/** The periods in force, for legal, who may anonymise but not change them. */
export function RetentionSummary({ privacy }: { privacy: Settings['privacy'] }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg" component="section" aria-label={t('privacy.retention.title')}>
      <Title order={3} size="h4">
        {t('privacy.retention.title')}
      </Title>
      <Text size="sm" mt="xs">
        {t('privacy.retention.readOnly', { retention: privacy.retentionDays, alertLog: privacy.alertLogDays })}
      </Text>
    </Paper>
  );
}
