import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { StoreError } from '../data/store-client';
import { fieldErrorNodes } from './FieldErrorText';

/**
 * Moves focus to the first field marked invalid in `form`, once the errors have rendered, so a
 * keyboard or screen-reader user lands where the form needs them instead of on the button.
 */
export function focusFirstInvalid(form: HTMLFormElement | null | undefined, frames = FRAMES_TO_WAIT): void {
  if (!form) return;
  requestAnimationFrame(() => {
    const field = form.querySelector<HTMLElement>('[aria-invalid="true"]');
    // The errors a store host sent back may be drawn a frame or two later than asked for.
    if (!field) {
      if (frames > 1) focusFirstInvalid(form, frames - 1);
      return;
    }
    // A group marked invalid (a rating): its chosen option, else its first.
    const target = field.matches(FOCUSABLE) ? field : (field.querySelector<HTMLElement>('input:checked:not([disabled])') ?? field.querySelector<HTMLElement>(FOCUSABLE) ?? field);
    target.focus();
  });
}

const FRAMES_TO_WAIT = 10;

const FOCUSABLE = 'input:not([disabled]), textarea:not([disabled]), select:not([disabled]), button:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The form being submitted: the one holding the button clicked or the field Enter was pressed in. */
function submittingForm(): HTMLFormElement | null {
  const active = document.activeElement;
  return active instanceof HTMLElement ? active.closest('form') : null;
}

/**
 * Runs a store command for a form: field errors from the store host land on
 * their fields (focus moves to the first), any other refusal in `failure`;
 * what was typed stays put. `run` may throw a `validation.failed` StoreError
 * itself for a check made before sending, and is then treated the same.
 */
export function useCommandSubmit<V, R>(form: UseFormReturnType<V>, run: (values: V) => Promise<R>) {
  const [failure, setFailure] = useState<StoreError | null>(null);
  const [submitting, setSubmitting] = useState(false);

  async function submit(values: V): Promise<R | undefined> {
    const element = submittingForm();
    setFailure(null);
    setSubmitting(true);
    try {
      return await run(values);
    } catch (error) {
      const storeError = error instanceof StoreError ? error : new StoreError({ code: 'store.internal', params: { detail: String(error) } });
      form.setErrors(fieldErrorNodes(storeError.data.fields));
      setFailure(storeError);
      if (storeError.data.fields?.length) focusFirstInvalid(element);
      return undefined;
    } finally {
      setSubmitting(false);
    }
  }

  /**
   * The form's own checks refused it before anything was sent (Mantine's `onSubmit` failure
   * callback): said as the store host says it, with focus on the first field to fix.
   */
  function refusedHere(event?: { currentTarget: EventTarget | null }): void {
    setFailure(new StoreError({ code: 'validation.failed' }));
    const target = event?.currentTarget;
    focusFirstInvalid(target instanceof HTMLFormElement ? target : submittingForm());
  }

  return { submit, refusedHere, failure, submitting, clearFailure: () => setFailure(null) };
}
