import { Button, Modal, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../../domain/cases/case';
import { takesDuplicates } from '../../../../domain/cases/links';
import { canRun } from '../../../../domain/lifecycle/machine';
import type { RepeatSummary } from '../../../../store/services/assist/repeats';
import { useDialogFocus } from '../../../components/useDialogFocus';
import { useStore, useStoreQuery } from '../../../data/hooks';
import { useAuth } from '../../auth/AuthGate';
import { CommandForm } from '../actions/CommandForm';
import { OpenRequestsWarning } from '../actions/VerificationRequestForms';

/**
 * The warning 终止处理 gives on the case merged when it still has 核实请求 open (merging withdraws
 * them). Only a case 核实中 can have any, so only then is the case read.
 */
function MergeRequestsWarning({ other }: { other: RepeatSummary }) {
  const record = useStoreQuery('cases.get', { id: other.id }, other.id).data;
  return <OpenRequestsWarning record={record} ending="merge" no={other.no} />;
}

/** The dialog: the case it goes into, shown for confirmation, the 核实请求 it withdraws, and the note 终止处理 asks for. */
function MergeForm({ primary, other, onDone, onCancel }: { primary: CaseRecord; other: RepeatSummary; onDone(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const store = useStore();
  const form = useForm({ initialValues: { duplicateOfNo: primary.no, note: '' } });
  return (
    <CommandForm
      form={form}
      run={(values) => store.send('cases.terminate', { caseId: other.id, reason: 'duplicate', duplicateOfNo: values.duplicateOfNo, note: values.note })}
      onDone={onDone}
      onCancel={onCancel}
      help={t('links.repeat.help', { other: other.no, no: primary.no })}
      submitLabel={t('links.repeat.submit')}
      submitColor="red"
    >
      {other.status === 'verifying' && <MergeRequestsWarning other={other} />}
      <TextInput label={t('links.repeat.target')} readOnly {...form.getInputProps('duplicateOfNo')} />
      <Textarea label={t('flow.text.cases.terminate')} withAsterisk autosize minRows={3} data-autofocus {...form.getInputProps('note')} />
    </CommandForm>
  );
}

/**
 * 并入此单 beside a case of the repeat panel: a supervisor terminates that earlier or later case,
 * still open, as a duplicate of this one — the same 终止处理 as its own page offers, confirmed here.
 */
export function MergeIntoThis({ primary, other }: { primary: CaseRecord; other: RepeatSummary }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const [open, setOpen] = useState(false);
  // The button goes with the merge (the other case is ended): focus goes to the repeat panel's next one.
  const focus = useDialogFocus(other.status);
  if (!can('cases.terminate') || !canRun('cases.terminate', other.status) || !takesDuplicates(primary)) return null;
  return (
    <>
      <Button size="compact-xs" variant="light" color="red" onClick={(event) => {
          focus.opening(event);
          setOpen(true);
        }}
        aria-label={t('links.repeat.mergeNamed', { no: other.no })}>
        {t('links.repeat.merge')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('links.repeat.title')} closeOnClickOutside={false} returnFocus={focus.returnFocus}>
        {open && (
          <MergeForm
            primary={primary}
            other={other}
            onDone={() => {
              focus.saved();
              setOpen(false);
              notifications.show({ color: 'teal', message: t('links.repeat.done', { other: other.no }) });
            }}
            onCancel={() => setOpen(false)}
          />
        )}
      </Modal>
    </>
  );
}
