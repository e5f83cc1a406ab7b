import { Alert, Badge, Group, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../../domain/cases/case';
import { referralRepliesOf, type ReferralDeadline, type ReferralReply } from '../../../../domain/cases/referral-reply';
import { formatDateTime } from '../../../components/format';
import { Panel } from '../../../components/Panel';
import { Field } from '../Field';

type Standing = 'pending' | 'met' | 'missed' | 'paused';
const COLOR: Record<Standing, string> = { pending: 'blue', met: 'teal', missed: 'red', paused: 'yellow' };

/** Where the deadline stands: awaiting its final reply, answered on time or late, or stopped with a terminated case. */
export function referralStanding(record: Pick<CaseRecord, 'clocks'>): Standing | null {
  const clock = record.clocks.referralReply;
  if (!clock) return null;
  return clock.state === 'running' ? 'pending' : clock.state;
}

/** The deadline in words: the instant, and whether the order gave it or it was counted in working days. */
export function referralDeadlineText(t: TFunction, deadline: ReferralDeadline): string {
  const at = formatDateTime(deadline.dueAt);
  return deadline.workingDays === null ? t('referral.fromOrder', { at }) : t('referral.counted', { at, days: deadline.workingDays });
}

/** One reply as a line: final or interim, how, who and when. */
export function replyHeading(t: TFunction, reply: Pick<ReferralReply, 'final' | 'method' | 'replier' | 'at'>): string {
  return t('referral.replyLine', {
    kind: t(`referral.kind.${reply.final ? 'final' : 'interim'}`),
    method: t(`referral.method.${reply.method}`),
    replier: reply.replier,
    at: formatDateTime(reply.at),
  });
}

/**
 * Said where a case is about to close (the callback): the referring body still waits for its final
 * reply, and closing does not discharge the deadline.
 */
export function ReferralCloseNotice({ record }: { record: CaseRecord }) {
  const { t } = useTranslation();
  if (record.clocks.referralReply?.state !== 'running' || !record.referralDeadline) return null;
  return (
    <Alert color="yellow" variant="light">
      {t('referral.closeWarning', { due: referralDeadlineText(t, record.referralDeadline) })}
    </Alert>
  );
}

/** 回复转办单位: the referring body's reply deadline, where it stands, and every reply sent, oldest first. */
export function ReferralSection({ record }: { record: CaseRecord }) {
  const { t } = useTranslation();
  const standing = referralStanding(record);
  const replies = referralRepliesOf(record);
  return (
    <Panel dense title={t('flow.field.referralReplies')}>
      <Stack gap="sm">
        {record.referralDeadline && (
          <Group gap="lg" align="flex-end">
            <Field label={t('referral.deadline')}>{referralDeadlineText(t, record.referralDeadline)}</Field>
            {standing && (
              <Badge color={COLOR[standing]} variant="light">
                {t(`referral.state.${standing}`)}
              </Badge>
            )}
          </Group>
        )}
        {replies.length === 0 && <Text c="dimmed">{t('referral.noReplies')}</Text>}
        {replies.map((reply, i) => (
          <div key={`${reply.recordedAt}-${i}`}>
            <Text size="sm" fw={500}>
              {replyHeading(t, reply)}
              <Text span size="xs" c="dimmed">
                {t('referral.recordedBy', { name: reply.recordedBy.name })}
              </Text>
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {reply.text}
            </Text>
          </div>
        ))}
      </Stack>
    </Panel>
  );
}
