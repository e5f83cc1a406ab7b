import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScreeningRecord } from '../../../../domain/cases/case';
import { Field } from '../Field';
import { Panel } from '../../../components/Panel';
import { byAt } from '../format';

/** 初审: the decision, and its reason, destination or the information still missing. */
export function ScreeningSection({ screening }: { screening: ScreeningRecord }) {
  const { t } = useTranslation();
  return (
    <Panel dense title={t('flow.section.screening')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Field label={t('flow.screening.decision')}>{t(`flow.screening.decisions.${screening.decision}`)}</Field>
        <Field label={t('flow.screening.by')}>{byAt(screening.by, screening.at)}</Field>
        {screening.decision === 'accepted' && <Field label={t('flow.text.screening.accept')}>{screening.reason}</Field>}
        {screening.decision === 'redirected' && (
          <>
            <Field label={t('flow.form.redirectReason')}>{screening.reason}</Field>
            <Field label={t('flow.form.referredTo')}>{screening.referredTo}</Field>
          </>
        )}
        {screening.decision === 'awaiting_info' && <Field label={t('flow.text.screening.requestInfo')}>{screening.missing}</Field>}
      </SimpleGrid>
    </Panel>
  );
}
