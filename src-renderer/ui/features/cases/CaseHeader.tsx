import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../domain/cases/case';
import { activeHold } from '../../../domain/cases/legal-hold';
import type { OwnerStanding } from '../../../domain/tracking/row';
import { formatDateTime } from '../../components/format';
import { ownerNameText } from '../../components/ownerText';
import { PrintButtons } from '../../components/PrintButtons';
import { caseFormRoute } from '../print/forms';
import { SeverityBadge } from '../../components/SeverityBadge';
import { Field } from './Field';

const STATUS_COLOR: Partial<Record<CaseRecord['status'], string>> = { closed: 'gray', redirected: 'gray', awaiting_info: 'yellow' };

/** Who complained, how, when, and who has the case now. */
export function CaseHeader({ record, ownerStanding }: { record: CaseRecord; ownerStanding?: OwnerStanding }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Group gap="sm">
            <Title order={2}>{t('case.title', { no: record.no })}</Title>
            <SeverityBadge severity={record.severity} />
            {record.archived === 1 && (
              <Badge color="gray" variant="outline">
                {t('flow.header.archived')}
              </Badge>
            )}
            {record.anonymisedAt !== undefined && (
              <Badge color="dark" variant="light" title={t('privacy.badgeHint', { at: formatDateTime(record.anonymisedAt) })}>
                {t('privacy.badge')}
              </Badge>
            )}
            {activeHold(record) && (
              <Badge color="red" variant="filled" title={t('legalHold.badgeHint', { kind: t(`legalHold.kinds.${activeHold(record)!.kind}`), reason: activeHold(record)!.reason })}>
                {t('legalHold.badge')}
              </Badge>
            )}
            {record.chases && (
              <Badge color="orange" variant="filled" title={t('flow.contact.chasesBadgeHint', { at: formatDateTime(record.chases.lastAt) })}>
                {t('flow.contact.chasesBadge', { count: record.chases.count })}
              </Badge>
            )}
            {record.reopenCount > 0 && (
              <Badge color="orange" variant="light">
                {t('flow.header.reopened', { count: record.reopenCount })}
              </Badge>
            )}
            {record.legalRisk === 1 && (
              <Badge color="grape" variant="light">
                {t('flow.header.legalRisk')}
              </Badge>
            )}
          </Group>
          {/* Awaiting the follow-up call: the survey on paper, blank, with this case's number on it. */}
          {record.status === 'feedback' && !record.feedback && (
            <PrintButtons
              route={caseFormRoute(record.id, 'survey')}
              fileName={t('print.fileName', { title: t('print.titles.survey'), no: record.no })}
              printLabel={t('print.buttons.blankSurvey')}
            />
          )}
        </Group>
        <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }} spacing="sm">
          <Field label={t('case.fields.no')}>{record.no}</Field>
          <Field label={t('case.fields.status')}>
            {/* A long status (Awaiting feedback call) wraps in its seventh of the row rather than being cut. */}
            <Badge color={STATUS_COLOR[record.status] ?? 'teal'} variant="light" size="lg" styles={WRAPPING_BADGE}>
              {t(`status.${record.status}`)}
            </Badge>
          </Field>
          <Field label={t('case.fields.receivedAt')}>{formatDateTime(record.receivedAt)}</Field>
          <Field label={t('case.fields.channel')}>{t(`channel.${record.channel}`)}</Field>
          <Field label={t('case.fields.customerName')}>{record.customerName}</Field>
          <Field label={t('flow.header.owner')}>
            {record.owner && (
              <Text span inherit c={ownerStanding ? 'red.8' : undefined}>
                {ownerNameText(t, record.owner.name, ownerStanding)}
              </Text>
            )}
          </Field>
          <Field label={t('flow.header.department')}>{record.department || t('flow.header.undecided')}</Field>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

const WRAPPING_BADGE = {
  root: { height: 'auto', maxWidth: '100%', paddingBlock: 2 },
  label: { whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip', lineHeight: 1.3 },
} as const;
