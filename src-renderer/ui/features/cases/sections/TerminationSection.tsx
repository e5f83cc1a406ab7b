import { Anchor, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TerminationRecord } from '../../../../domain/cases/termination';
import { Panel } from '../../../components/Panel';
import { Field } from '../Field';
import { byAt } from '../format';

/** 终止处理: why the case ended early, what happened, who ended it and when; a duplicate links to the case that handles it. */
export function TerminationSection({ termination }: { termination: TerminationRecord }) {
  const { t } = useTranslation();
  return (
    <Panel dense title={t('flow.field.termination')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Field label={t('flow.termination.reason')}>{t(`flow.termination.reasons.${termination.reason}`)}</Field>
        <Field label={t('flow.termination.by')}>{byAt(termination.by, termination.at)}</Field>
        {termination.duplicateOf && (
          <Field label={t('flow.termination.duplicateOf')}>
            <Anchor href={`#/cases/${termination.duplicateOf.id}`}>{termination.duplicateOf.no}</Anchor>
          </Field>
        )}
        <Field label={t('flow.text.cases.terminate')}>{termination.note}</Field>
      </SimpleGrid>
    </Panel>
  );
}
