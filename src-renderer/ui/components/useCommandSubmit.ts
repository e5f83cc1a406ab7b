import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { StoreError } from '../data/store-client';
import { fieldErrorNodes } from './FieldErrorText';

/**
 * Runs a store command for a form: field errors from the store host land on
 * their fields, any other refusal in `failure`; what was typed stays put.
 */
export function useCommandSubmit<V, R>(form: UseFormReturnType<V>, run: (values: V) => Promise<R>) {
  const [failure, setFailure] = useState<StoreError | null>(null);
  const [submitting, setSubmitting] = useState(false);

  async function submit(values: V): Promise<R | undefined> {
    setFailure(null);
    setSubmitting(true);
    try {
      return await run(values);
    } catch (error) {
      const storeError = error instanceof StoreError ? error : new StoreError({ code: 'store.internal', params: { detail: String(error) } });
      form.setErrors(fieldErrorNodes(storeError.data.fields));
      setFailure(storeError);
      return undefined;
    } finally {
      setSubmitting(false);
    }
  }

  return { submit, failure, submitting, clearFailure: () => setFailure(null) };
}
