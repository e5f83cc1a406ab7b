import { Button, Flex, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import dayjs from 'dayjs';
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../domain/cases/case';
import { REFERRAL_CHANNEL } from '../../../domain/cases/referral-reply';
import { registrationSchema } from '../../../domain/cases/registration';
import { toFieldErrors } from '../../../domain/common/validation';
import { DEFAULT_SETTINGS } from '../../../domain/settings/settings';
import { ErrorAlert } from '../../components/ErrorAlert';
import { MountedModal } from '../../components/MountedModal';
import { useSessionDraft, useUnsavedChanges, useWorkInFlight, type SessionDraft } from '../../components/unsaved';
import { useCommandSubmit } from '../../components/useCommandSubmit';
import { submitOnCtrlEnter } from '../../components/submitShortcut';
import { useNow, useStore, useStoreQuery } from '../../data/hooks';
import { StoreError } from '../../data/store-client';
import { may } from '../../../domain/users/roles';
import { useSuggestions } from '../assist/useSuggestions';
import { useAuth } from '../auth/AuthGate';
import { BlankFormPrint } from '../print/buttons/BlankFormPrint';
import { AssessmentSection } from './AssessmentSection';
import { ComplaintSection } from './ComplaintSection';
import { CustomerSection } from './CustomerSection';
import { checkFiles, type ChosenFile, type UploadResult } from './evidence';
import { ReceptionSection } from './ReceptionSection';
import { blankRegistration, PICKER_FORMAT, toInput, type RegistrationValues } from './registration-values';
import { RecentRegistrations } from './RecentRegistrations';
import { RepeatHint } from './RepeatHint';
import { SavedNotice } from './SavedNotice';
import classes from './RegistrationForm.module.css';

interface IntakeDraft {
  values: RegistrationValues;
  /** What the form counts edits against (a blank form keeps the last channel used). */
  baseline: RegistrationValues;
  pickedReceivedAt: string | null;
  files: ChosenFile[];
}

/**
 * The registration in progress is kept for the session when the page closes, and counts as unsaved
 * work for signing out and switching user (not for leaving the page: it is kept).
 */
function useKeptDraft(draft: SessionDraft<IntakeDraft>, form: UseFormReturnType<RegistrationValues>, pickedReceivedAt: string | null, files: ChosenFile[]) {
  const started = () => form.isDirty() || pickedReceivedAt !== null || files.length > 0;
  const latest = useRef({ started, snapshot: (): IntakeDraft => ({ values: form.getValues(), baseline: form.getInitialValues(), pickedReceivedAt, files }) });
  useLayoutEffect(() => {
    latest.current = { started, snapshot: () => ({ values: form.getValues(), baseline: form.getInitialValues(), pickedReceivedAt, files }) };
  });
  const kept = draft.kept;
  useEffect(() => {
    // Edits are counted against the blank form the draft began from, not against the draft itself.
    if (kept) form.setInitialValues(kept.baseline);
    return () => draft.keep(latest.current.started() ? latest.current.snapshot() : undefined);
    // Once per mount: the draft is read when the page opens and kept when it closes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useUnsavedChanges(() => latest.current.started(), 'signOut');
}

interface Saved {
  record: CaseRecord;
  uploads: UploadResult[];
}

/**
 * Where the next call starts once one is saved: 受理时间 follows the clock and the channel (with a
 * director's 承办人) is kept, so the first field left to type is 客户姓名, or for a 12315 referral the
 * work order's number, which comes before the customer on the form as on the order.
 */
function firstFieldToType(channel: RegistrationValues['channel']): keyof RegistrationValues {
  return channel === REFERRAL_CHANNEL ? 'referralNo' : 'customerName';
}

/**
 * 客户投诉登记表, in the order of the paper form. Validates with the schema
 * the store host enforces, registers, then sends the evidence one file at a
 * time. Nothing typed is lost when the store refuses; after success the form
 * is blank again but keeps the channel, the agent's usual one.
 */
export function RegistrationForm() {
  const { t } = useTranslation();
  const store = useStore();
  const holdWork = useWorkInFlight();
  const settings = useStoreQuery('settings.get', {}, 'settings').data;
  const limits = settings?.attachments ?? DEFAULT_SETTINGS.attachments;
  // A registration half typed when the agent looked something up elsewhere is there again.
  const draft = useSessionDraft<IntakeDraft>('intake');
  const form = useForm<RegistrationValues>({ initialValues: draft.kept?.values ?? blankRegistration() });
  // null while untouched: 受理时间 then follows the clock.
  const [pickedReceivedAt, setPickedReceivedAt] = useState<string | null>(draft.kept?.pickedReceivedAt ?? null);
  const [files, setFiles] = useState<ChosenFile[]>(draft.kept?.files ?? []);
  useKeptDraft(draft, form, pickedReceivedAt, files);
  const [saved, setSaved] = useState<Saved | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const shortcutId = useId();
  const now = useNow(15_000);
  const { actor } = useAuth();
  // 受理时间 follows the clock while the form waits for a call, and stops at the instant the agent begins
  // it (the first field typed or chosen, the first file): a call taking twenty minutes was received when it
  // came in, not when it was saved. The agent may still set it by hand.
  // Set while rendering (React's way to adjust state to what just changed), once: then it is no longer null.
  const begun = form.isDirty() || files.length > 0;
  if (begun && pickedReceivedAt === null) setPickedReceivedAt(dayjs().format(PICKER_FORMAT));
  const receivedAt = pickedReceivedAt ?? dayjs(now).format(PICKER_FORMAT);
  const { description, channel, phone, email, socialPlatform, socialAccount } = form.values;
  const assist = useSuggestions({ text: description, phone, email, socialPlatform, socialAccount, ...(channel ? { channel } : {}) });

  const { submit, failure, submitting, clearFailure } = useCommandSubmit(form, async (values: RegistrationValues) => {
    setSaved(null);
    // 承办人 is asked only of those who do not handle cases: a draft kept from such a role sends none now.
    const handles = may(actor.role, 'screening.accept');
    const ownerId = handles ? '' : (values.ownerId ?? '');
    const input = toInput({ ...values, ownerId, receivedAt: pickedReceivedAt ?? dayjs().format(PICKER_FORMAT) });
    const local = registrationSchema(Date.now()).safeParse(input);
    // Refused here as the store host would refuse it: the fields and the alert say what is missing, 承办人 with the rest.
    const fields = local.success ? [] : toFieldErrors(local.error);
    if (!handles && ownerId === '') fields.push({ field: 'ownerId', code: 'validation.ownerInvalid' });
    if (fields.length > 0) throw new StoreError({ code: 'validation.failed', fields });
    const record = await store.send('cases.register', input);
    const evidence = checkFiles(files, limits);
    setSaved({
      record,
      uploads: evidence.map((f) => ({ key: f.key, name: f.name, state: f.problem ? 'refused' : 'uploading', error: f.problem })),
    });
    // The next complaint a director registers most likely goes to the same 承办人.
    form.setValues({ ...blankRegistration(values.channel), ownerId: values.ownerId ?? '' });
    form.resetDirty();
    form.clearErrors();
    setPickedReceivedAt(null);
    setFiles([]);
    // The form is blank again, but the evidence is still on its way: quitting, reloading or signing out asks until it is in.
    const release = holdWork();
    try {
      for (const { key, file, name, problem } of evidence) {
        if (problem) continue;
        let outcome: Pick<UploadResult, 'state' | 'error'> = { state: 'added', error: null };
        try {
          await store.send('attachments.add', { caseId: record.id, name, type: file.type, data: file });
        } catch (error) {
          outcome = { state: 'refused', error: error instanceof StoreError ? error.data : { code: 'store.internal', params: { detail: String(error) } } };
        }
        setSaved((current) =>
          current && current.record.id === record.id
            ? { ...current, uploads: current.uploads.map((u) => (u.key === key ? { ...u, ...outcome } : u)) }
            : current,
        );
      }
    } finally {
      release();
    }
  });

  // Saved: the agent types the next complaint at once, from its first field; the notice stays in view (preventScroll).
  const savedId = saved?.record.id;
  useEffect(() => {
    const element = formRef.current;
    if (!savedId || !element) return;
    // Unless the agent moved on outside the form while it was being saved (the menu, the repeat hint's link).
    const active = document.activeElement;
    if (active && active !== document.body && !element.contains(active)) return;
    element.querySelector<HTMLElement>(`[data-path="${firstFieldToType(form.getValues().channel)}"]`)?.focus({ preventScroll: true });
    // Once per registration: the uploads that follow update `saved` but must not pull focus back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [savedId]);


  // 清空 sits one Tab before 登记投诉: a registration begun is cleared only when the agent says so.
  const [confirmClear, setConfirmClear] = useState(false);
  // Asked at the click: a draft kept from before counts against the blank form set after the first render.
  const started = () => form.isDirty() || pickedReceivedAt !== null || files.length > 0;

  function clear() {
    setConfirmClear(false);
    const blank = blankRegistration();
    form.setValues(blank);
    form.resetDirty(blank);
    form.clearErrors();
    setPickedReceivedAt(null);
    setFiles([]);
    clearFailure();
  }

  return (
    <Flex gap="md" align="flex-start" direction={{ base: 'column', lg: 'row' }}>
      <Paper withBorder p="lg" maw={920} w="100%">
        <form ref={formRef} onSubmit={form.onSubmit((values) => void submit(values))} onKeyDown={submitOnCtrlEnter(submitting, { plainEnter: false })} noValidate aria-label={t('intake.title')}>
          <Stack gap="md">
            <Group justify="space-between" align="flex-start">
              <div>
                <Title order={2}>{t('intake.title')}</Title>
                <Text c="dimmed" size="sm">
                  {t('intake.hint')}
                </Text>
              </div>
              {/* A walk-in customer fills the paper form, in this screen's order, while waiting. */}
              <BlankFormPrint form="registration" label={t('print.buttons.blankRegistration')} />
            </Group>
            {saved && <SavedNotice record={saved.record} uploads={saved.uploads} centreName={settings?.centreName ?? DEFAULT_SETTINGS.centreName} />}
            <ErrorAlert error={failure} />
            <ReceptionSection
              form={form}
              now={now}
              receivedAt={receivedAt}
              onReceivedAtChange={(value) => {
                setPickedReceivedAt(value);
                form.clearFieldError('receivedAt');
              }}
            />
            <CustomerSection form={form} />
            <ComplaintSection form={form} assist={assist} />
            <AssessmentSection form={form} files={files} onFilesChange={setFiles} limits={limits} disabled={submitting} assist={assist} />
            <Group justify="flex-end">
              <Text id={shortcutId} size="xs" c="dimmed" mr="auto">
                {t('intake.submitShortcut')}
              </Text>
              <Button variant="default" onClick={() => (started() ? setConfirmClear(true) : clear())} disabled={submitting}>
                {t('intake.reset')}
              </Button>
              <Button type="submit" loading={submitting} aria-describedby={shortcutId}>
                {t('intake.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <Stack gap="md" className={classes.aside}>
        <RepeatHint phone={phone} email={email} socialPlatform={socialPlatform} socialAccount={socialAccount} />
        <RecentRegistrations />
      </Stack>
      {confirmClear && (
        <MountedModal onClose={() => setConfirmClear(false)} title={t('intake.clearTitle')}>
          <Stack>
            <Text size="sm">{t('intake.clearBody')}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirmClear(false)} data-autofocus>
                {t('intake.keepEditing')}
              </Button>
              <Button color="red" onClick={clear}>
                {t('intake.clearConfirm')}
              </Button>
            </Group>
          </Stack>
        </MountedModal>
      )}
    </Flex>
  );
}
