import { Group, Radio, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Channel, SurveyDimension } from '../../../../domain/cases/vocabulary';
import { recordFeedbackInput } from '../../../../domain/feedback/schema';
import { toFieldErrors } from '../../../../domain/common/validation';
import { fieldErrorNodes } from '../../../components/FieldErrorText';
import { useStore } from '../../../data/hooks';
import { CallFields } from './CallFields';
import { CommandForm } from './CommandForm';
import { pickerNow, toInstant } from './dates';
import { ScoresInput, UNSCORED, type ScoreValue } from './ScoresInput';
import { ReferralCloseNotice } from '../sections/ReferralSection';
import { MergedCloseNotice } from '../links/MergedCloseNotice';
import type { ActionProps } from './types';
import { contactChannelFor } from '../../../../domain/cases/contact';

interface Values {
  channel: Channel;
  result: string;
  at: string;
  scores: Record<SurveyDimension, ScoreValue>;
  comment: string;
  satisfied: '' | 'yes' | 'no';
  reopenReason: string;
}

/**
 * 反馈回访: the result told to the customer and the survey. Satisfied closes
 * the case; not satisfied reopens it, and then the reason is required.
 * Whether the customer is satisfied is never preselected.
 */
export function FeedbackForm({ record, onDone, onCancel }: ActionProps) {
  const { t } = useTranslation();
  const store = useStore();
  const form = useForm<Values>({
    initialValues: {
      channel: contactChannelFor(record),
      result: '',
      at: pickerNow(),
      scores: UNSCORED,
      comment: '',
      satisfied: '',
      reopenReason: '',
    },
  });
  const satisfied = form.getValues().satisfied;

  /**
   * “Satisfied?” has no default, so it cannot be sent unanswered; the whole
   * form is checked here with the store host's own schema so that every
   * missing answer shows at once, not just that one.
   */
  function complete(values: Values): boolean {
    const input = { ...toInput(values), satisfied: values.satisfied === '' ? undefined : values.satisfied === 'yes' };
    const checked = recordFeedbackInput(Date.now()).safeParse(input);
    if (checked.success) return true;
    form.setErrors(fieldErrorNodes(toFieldErrors(checked.error)));
    return false;
  }

  function toInput(v: Values) {
    return {
      caseId: record.id,
      channel: v.channel,
      result: v.result,
      at: toInstant(v.at),
      scores: v.scores,
      comment: v.comment,
      satisfied: v.satisfied === 'yes',
      reopenReason: v.satisfied === 'no' ? v.reopenReason : '',
    };
  }

  return (
    <CommandForm
      form={form}
      precheck={complete}
      run={(v) => store.send('feedback.record', toInput(v))}
      onDone={onDone}
      onCancel={onCancel}
      help={t('flow.help.feedback.record')}
      submitLabel={t('flow.command.feedback.record')}
    >
      <ReferralCloseNotice record={record} />
      <MergedCloseNotice record={record} />
      <CallFields form={form} timeLabel={t('flow.form.feedbackAt')} />
      <Textarea label={t('flow.form.result')} withAsterisk autosize minRows={3} data-autofocus {...form.getInputProps('result')} />
      <ScoresInput form={form} />
      <Textarea label={t('flow.form.comment')} autosize minRows={2} {...form.getInputProps('comment')} />
      <Radio.Group label={t('flow.form.satisfied')} withAsterisk {...form.getInputProps('satisfied')}>
        {/* Each radio says it is unanswered (the group's role is on an inner element Mantine draws). */}
        <Group mt={4}>
          <Radio value="yes" label={t('flow.form.satisfiedYes')} aria-invalid={form.errors.satisfied ? true : undefined} />
          <Radio value="no" label={t('flow.form.satisfiedNo')} aria-invalid={form.errors.satisfied ? true : undefined} />
        </Group>
      </Radio.Group>
      {satisfied === 'no' && (
        <Textarea label={t('flow.form.reopenReason')} withAsterisk autosize minRows={2} {...form.getInputProps('reopenReason')} />
      )}
    </CommandForm>
  );
}
