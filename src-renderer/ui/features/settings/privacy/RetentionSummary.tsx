import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { erasureReplyDaysOf } from '../../../../domain/privacy/erasure';
import type { Settings } from '../../../../domain/settings/settings';
import { Panel } from '../../../components/Panel';

/** The periods in force, for legal, who may anonymise but not change them. */
export function RetentionSummary({ privacy }: { privacy: Settings['privacy'] }) {
  const { t } = useTranslation();
  return (
    <Panel title={t('privacy.retention.title')}>
      <Text size="sm">
        {t('privacy.retention.readOnly', { retention: privacy.retentionDays, alertLog: privacy.alertLogDays, reply: erasureReplyDaysOf(privacy) })}
      </Text>
    </Panel>
  );
}
