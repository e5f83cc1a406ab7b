import { Button, Group, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useDialogGuard } from './dialogGuard';
import { submitOnCtrlEnter } from '../../../components/submitShortcut';
import { focusFirstInvalid, useCommandSubmit } from '../../../components/useCommandSubmit';
import classes from './CommandForm.module.css';

interface CommandFormProps<V> {
  form: UseFormReturnType<V>;
  /** Sends the command; resolves when the store host committed it. */
  run: (values: V) => Promise<unknown>;
  onDone(): void;
  onCancel(): void;
  /** What the command does, in a sentence, above the fields. */
  help?: string;
  submitLabel?: string;
  submitColor?: string;
  /** A check the store host cannot do for us (a choice not yet made); false keeps the dialog open. */
  precheck?: (values: V) => boolean;
  disabled?: boolean;
  /**
   * A dialog with nothing to fill in (an approval) opens on 取消, as the desk's other confirmations
   * open on their safe choice: Enter then neither approves unread nor closes the dialog by its ✕.
   * A dialog with fields marks its first one with `data-autofocus` instead.
   */
  focusCancel?: boolean;
  children?: ReactNode;
}

/**
 * The frame of every action dialog: the fields, the refusal if the store host
 * said no (field errors sit on their fields; focus goes to the first, or to the
 * refusal's message when it names none), cancel and submit. What was typed
 * stays put after a refusal. Ctrl/⌘+Enter in a text box submits, as at intake.
 */
export function CommandForm<V>({ form, run, onDone, onCancel, help, submitLabel, submitColor, precheck, disabled, focusCancel, children }: CommandFormProps<V>) {
  const { t } = useTranslation();
  const { submit, failure, submitting } = useCommandSubmit(form, async (values: V) => {
    await run(values);
    return true;
  });
  useDialogGuard(() => form.isDirty(), submitting);
  async function handle(values: V, element: EventTarget | undefined) {
    if (precheck && !precheck(values)) {
      focusFirstInvalid(element instanceof HTMLFormElement ? element : null);
      return;
    }
    // A refusal moves focus to its field, else to its message (the alert below): the submit
    // button is disabled while it loads, so focus would otherwise fall out of the dialog.
    if (await submit(values, element)) onDone();
  }
  return (
    <form
      className={classes.form}
      onSubmit={form.onSubmit((values, event) => void handle(values, event?.currentTarget))}
      onKeyDown={submitOnCtrlEnter(submitting || disabled === true)}
      noValidate
    >
      <Stack gap="md">
        {help && (
          <Text size="sm" c="dimmed">
            {help}
          </Text>
        )}
        {children}
        <ErrorAlert error={failure} />
        <Group justify="flex-end">
          {/* Said only where there is a text box to press it in (CommandForm.module.css). */}
          <Text className={classes.shortcut} size="xs" c="dimmed" mr="auto">
            {t('flow.form.submitShortcut')}
          </Text>
          <Button variant="default" onClick={onCancel} disabled={submitting} data-autofocus={focusCancel || undefined}>
            {t('flow.form.cancel')}
          </Button>
          <Button type="submit" loading={submitting} disabled={disabled} color={submitColor}>
            {submitLabel ?? t('flow.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
