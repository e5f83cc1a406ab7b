import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../../domain/cases/case';
import { referralRepliesOf } from '../../../../domain/cases/referral-reply';
import { formatDateTime } from '../../../components/format';
import { referralDeadlineText, referralStanding } from '../../cases/sections/ReferralSection';
import { ListTable } from '../frame/ListTable';

/**
 * 回复转办单位 on the progress tracking form: the referring body's deadline and where it stands in
 * the title, then every reply sent, oldest first — when, final or interim and how, what was said,
 * who replied (and who recorded it). Only on a referred case with a deadline or replies.
 */
export function ReferralReplies({ record }: { record: CaseRecord }) {
  const { t } = useTranslation();
  const replies = referralRepliesOf(record);
  if (!record.referralDeadline && replies.length === 0) return null;
  const standing = referralStanding(record);
  const deadline = record.referralDeadline
    ? standing
      ? t('referral.deadlineWithState', { deadline: referralDeadlineText(t, record.referralDeadline), state: t(`referral.state.${standing}`) })
      : t('referral.deadlineLine', { deadline: referralDeadlineText(t, record.referralDeadline) })
    : '';
  return (
    <ListTable
      title={[t('flow.field.referralReplies'), deadline].filter(Boolean).join(' · ')}
      headers={[t('referral.form.at'), t('referral.form.method'), t('referral.form.text'), t('referral.form.replier')]}
      widths={[18, 16, 48, 18]}
      empty={t('referral.noReplies')}
      rows={replies.map((reply, i) => ({
        key: `${reply.recordedAt}-${i}`,
        cells: [
          formatDateTime(reply.at),
          `${t(`referral.kind.${reply.final ? 'final' : 'interim'}`)}\n${t(`referral.method.${reply.method}`)}`,
          reply.text,
          reply.recordedBy.name === reply.replier ? reply.replier : `${reply.replier}${t('referral.recordedBy', { name: reply.recordedBy.name })}`,
        ],
      }))}
    />
  );
}
