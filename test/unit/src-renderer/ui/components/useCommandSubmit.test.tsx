import { Button, MantineProvider, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DeskErrorData } from '../../../../../src-renderer/domain/common/errors';
import { ErrorAlert } from '../../../../../src-renderer/ui/components/ErrorAlert';
import { KEEPS_FOCUS, useCommandSubmit } from '../../../../../src-renderer/ui/components/useCommandSubmit';
import { StoreError } from '../../../../../src-renderer/ui/data/store-client';
import { initI18n } from '../../../../../src-renderer/ui/i18n';

beforeAll(async () => {
  await initI18n('en');
});
afterEach(cleanup);

type Where = 'form' | 'dialog' | 'nowhere';

/** A dialog whose one form the store host refuses with `refusal`; its message shown in the form, beside it, or not at all. */
function Refused({ refusal, message, keepsFocus = false }: { refusal: DeskErrorData; message: Where; keepsFocus?: boolean }) {
  const form = useForm({ initialValues: { name: '' } });
  const { submit, failure, submitting } = useCommandSubmit(form, async () => {
    throw new StoreError(refusal);
  });
  const alert = message === 'nowhere' ? null : <ErrorAlert error={failure} />;
  return (
    <MantineProvider>
      <div role="dialog" aria-label="Edit">
        <form
          aria-label="Edit form"
          noValidate
          onSubmit={form.onSubmit((values, event) => void submit(values, event?.currentTarget))}
          {...(keepsFocus ? { [KEEPS_FOCUS]: '' } : {})}
        >
          <TextInput label="Name" {...form.getInputProps('name')} />
          {message === 'form' && alert}
          <Button type="submit" loading={submitting}>
            Save
          </Button>
        </form>
        {message === 'dialog' && alert}
      </div>
      <button type="button">Outside</button>
    </MantineProvider>
  );
}

/** Presses Save from the keyboard: the button focused, then the form submitted. */
function pressSave(): void {
  const save = screen.getByRole('button', { name: 'Save' });
  act(() => save.focus());
  fireEvent.click(save);
}

describe('useCommandSubmit after a refusal', () => {
  it('moves focus to the message when the refusal names no field (the button went disabled while it loaded)', async () => {
    render(<Refused refusal={{ code: 'plans.dueInPast' }} message="form" />);
    pressSave();
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(alert.textContent).toMatch(/due date has passed/);
    expect(alert.tabIndex).toBe(-1);
  });

  it('finds the message beside the form in its dialog', async () => {
    render(<Refused refusal={{ code: 'plans.dueInPast' }} message="dialog" />);
    pressSave();
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(document.activeElement).toBe(alert));
  });

  it('moves focus to the message when the field the refusal names is not in this form', async () => {
    render(<Refused refusal={{ code: 'validation.failed', fields: [{ field: 'dueAt', code: 'validation.required' }] }} message="form" />);
    pressSave();
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(document.activeElement).toBe(alert), { timeout: 3000 });
  });

  it('still moves focus to a field the refusal names when the form shows it', async () => {
    render(<Refused refusal={{ code: 'validation.failed', fields: [{ field: 'name', code: 'validation.required' }] }} message="form" />);
    pressSave();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Name' })));
  });

  it('gives focus back to the submit button when there is no message to go to and focus fell to the page', async () => {
    render(<Refused refusal={{ code: 'plans.dueInPast' }} message="nowhere" />);
    // Submitted with focus on the page (as after the loading button dropped it).
    fireEvent.submit(screen.getByRole('form', { name: 'Edit form' }));
    const save = screen.getByRole('button', { name: 'Save' });
    await waitFor(() => expect(document.activeElement).toBe(save), { timeout: 3000 });
  });

  it('leaves focus where the user took it outside the dialog meanwhile', async () => {
    render(<Refused refusal={{ code: 'plans.dueInPast' }} message="form" />);
    pressSave();
    const outside = screen.getByRole('button', { name: 'Outside' });
    act(() => outside.focus());
    await screen.findByRole('alert');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(document.activeElement).toBe(outside);
  });

  it('moves focus to the message from a field the form was sent from (Enter, Ctrl+Enter), so it comes into view', async () => {
    render(<Refused refusal={{ code: 'plans.dueInPast' }} message="form" />);
    const name = screen.getByRole('textbox', { name: 'Name' });
    act(() => name.focus());
    fireEvent.submit(screen.getByRole('form', { name: 'Edit form' }));
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(document.activeElement).toBe(alert));
  });

  it('leaves focus where a form that keeps it put it (the sign-in page, in the password)', async () => {
    render(<Refused refusal={{ code: 'plans.dueInPast' }} message="form" keepsFocus />);
    const name = screen.getByRole('textbox', { name: 'Name' });
    act(() => name.focus());
    fireEvent.submit(screen.getByRole('form', { name: 'Edit form' }));
    await screen.findByRole('alert');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(document.activeElement).toBe(name);
  });
});
