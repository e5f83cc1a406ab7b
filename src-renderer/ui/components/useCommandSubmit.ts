import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { asStoreError, StoreError } from '../data/store-client';
import { fieldErrorNodes } from './FieldErrorText';

/**
 * Moves focus to the first field marked invalid in `form`, once the errors have rendered, so a
 * keyboard or screen-reader user lands where the form needs them instead of on the button.
 */
export function focusFirstInvalid(form: HTMLFormElement | null | undefined, frames = FRAMES_TO_WAIT): void {
  if (!form) return;
  // The errors a store host sent back may be drawn a frame or two later than asked for.
  afterRender(frames, () => {
    const field = form.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (!field) return false;
    // A group marked invalid (a rating): its chosen option, else its first.
    const target = field.matches(FOCUSABLE) ? field : (field.querySelector<HTMLElement>('input:checked:not([disabled])') ?? field.querySelector<HTMLElement>(FOCUSABLE) ?? field);
    target.focus();
    return true;
  });
}

const FRAMES_TO_WAIT = 10;

/**
 * Tries `attempt` on each of the next `frames` animation frames until it says it is done (true):
 * what it looks for may render a frame or two after the state that shows it was set. `last` is
 * true on the final try.
 */
function afterRender(frames: number, attempt: (last: boolean) => boolean): void {
  requestAnimationFrame(() => {
    if (!attempt(frames <= 1) && frames > 1) afterRender(frames - 1, attempt);
  });
}

/**
 * Moves focus after a refusal that names no field of the form (a plan whose due date has passed),
 * or names one it does not show: to the refusal's message once it has rendered (an `ErrorAlert`,
 * focusable and read as the alert's description), in the form or else in the dialog holding it.
 * The submit button went disabled while it showed its loader, so focus had fallen to the page and
 * the next Tab would have left the dialog. With no message to show, focus goes back to the submit
 * button. Focus already taken elsewhere (a confirmation dialog opened over this one) is left there.
 */
export function focusRefusal(form: HTMLFormElement | null | undefined, frames = FRAMES_TO_WAIT): void {
  if (!form) return;
  afterRender(frames, (last) => {
    if (!form.isConnected) return true;
    const scope = form.closest<HTMLElement>('[role="dialog"]') ?? form;
    const active = document.activeElement;
    // Focus taken elsewhere (a dialog opened over this one) stays there; so does focus a form put back
    // itself after a refusal (`KEEPS_FOCUS`: the sign-in page, in the password it emptied). Otherwise the
    // message takes it, from the page or from within the form (a Ctrl+Enter in a text box far below it).
    const lost = !active || active === document.body || !active.isConnected || (active as HTMLButtonElement).disabled === true;
    if (!lost && (!scope.contains(active) || form.hasAttribute(KEEPS_FOCUS))) return true;
    const message = form.querySelector<HTMLElement>(REFUSAL) ?? scope.querySelector<HTMLElement>(REFUSAL);
    if (message) {
      message.focus();
      return true;
    }
    if (!last) return false;
    if (lost) form.querySelector<HTMLElement>('button[type="submit"]:not([disabled])')?.focus();
    return true;
  });
}

/** A refusal's message (see ErrorAlert). */
const REFUSAL = '[data-refusal]';

/** On a form that puts the focus where it belongs itself after a refusal (the sign-in page). */
export const KEEPS_FOCUS = 'data-keeps-focus';

/** After a refusal naming fields: the first one marked invalid, else (none shown here) the message. */
function focusInvalidOrRefusal(form: HTMLFormElement | null | undefined, frames = FRAMES_TO_WAIT): void {
  if (!form) return;
  afterRender(frames, (last) => {
    if (form.querySelector('[aria-invalid="true"]')) focusFirstInvalid(form, 1);
    else if (last) focusRefusal(form, 1);
    else return false;
    return true;
  });
}

const FOCUSABLE = 'input:not([disabled]), textarea:not([disabled]), select:not([disabled]), button:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The form being submitted: the one holding the button clicked or the field Enter was pressed in. */
function submittingForm(from?: EventTarget | null): HTMLFormElement | null {
  if (from instanceof HTMLFormElement) return from;
  const active = document.activeElement;
  return active instanceof HTMLElement ? active.closest('form') : null;
}

/**
 * Runs a store command for a form: field errors from the store host land on
 * their fields (focus moves to the first), any other refusal in `failure`
 * (focus moves to its message, see focusRefusal);
 * what was typed stays put. `run` may throw a `validation.failed` StoreError
 * itself for a check made before sending, and is then treated the same.
 */
export function useCommandSubmit<V, R>(form: UseFormReturnType<V>, run: (values: V) => Promise<R>) {
  const [failure, setFailure] = useState<StoreError | null>(null);
  const [submitting, setSubmitting] = useState(false);

  /** `from`: the form submitted, when the caller has it (else the one holding focus). */
  async function submit(values: V, from?: EventTarget | null): Promise<R | undefined> {
    const element = submittingForm(from);
    setFailure(null);
    setSubmitting(true);
    try {
      return await run(values);
    } catch (error) {
      const storeError = asStoreError(error);
      form.setErrors(fieldErrorNodes(storeError.data.fields));
      setFailure(storeError);
      // Focus goes where the refusal is explained, never to the page.
      if (storeError.data.fields?.length) focusInvalidOrRefusal(element);
      else focusRefusal(element);
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
