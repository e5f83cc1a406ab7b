import { Badge, Group, Stack, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ExtensionRequest } from '../../../../domain/cases/case';
import { executionKind, type CaseEntry } from '../../../../domain/cases/entries';
import { CaseFormPrint } from '../../print/buttons/CaseFormPrint';
import { Panel } from '../../../components/Panel';
import { byAt } from '../format';
import { ExtensionsTable } from './ExtensionsTable';

export type ExecutionEntry = Extract<CaseEntry, { kind: 'progress' | 'pause' | 'resume' }>;

const KIND_COLOR = { progress: 'teal', outcome: 'grape', pause: 'yellow', resume: 'blue' } as const;

function entryText(entry: ExecutionEntry): string {
  if (entry.kind === 'progress') return entry.text;
  if (entry.kind === 'pause') return entry.reason;
  return entry.note;
}

/** 执行跟踪: the progress log with pauses and resumptions of the clock, then the extensions. */
export function ExecutionSection({ entries, extensions }: { entries: ExecutionEntry[]; extensions: ExtensionRequest[] }) {
  const { t } = useTranslation();
  return (
    <Panel dense title={t('flow.section.execution')} aside={<CaseFormPrint form="progress" label={t('print.buttons.progress')} />}>
      <Stack gap="md">
        {entries.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('flow.execution.noProgress')}
          </Text>
        ) : (
          <Timeline bulletSize={14} lineWidth={2} active={entries.length}>
            {entries.map((entry) => (
              <Timeline.Item key={entry.id} color={KIND_COLOR[executionKind(entry)]}>
                <Group gap="xs">
                  <Badge size="sm" variant="light" color={KIND_COLOR[executionKind(entry)]}>
                    {t(`flow.execution.kind.${executionKind(entry)}`)}
                  </Badge>
                  <Text size="xs" c="dimmed">
                    {byAt(entry.by, entry.at)}
                  </Text>
                </Group>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {entryText(entry) || t('case.none')}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        )}
        {extensions.length > 0 && (
          <div>
            <Title order={4} size="h6" mb={4}>
              {t('flow.extension.title')}
            </Title>
            <ExtensionsTable extensions={extensions} />
          </div>
        )}
      </Stack>
    </Panel>
  );
}
