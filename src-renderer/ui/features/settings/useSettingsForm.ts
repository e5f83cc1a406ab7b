import { useForm, type UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DepartmentRename } from '../../../domain/settings/departments';
import type { Settings, SettingsKey } from '../../../domain/settings/settings';
import { useCommandSubmit } from '../../components/useCommandSubmit';
import { useStore } from '../../data/hooks';
import type { StoreError } from '../../data/store-client';
import { useSettingsBase } from './HeldWhileEdited';
import { numberErrors } from './numberField';

/**
 * A form's values are `{ [key]: … }` so the field paths the store host reports
 * (`sla.responseHours.major`, `departments.2`) are the form's own paths.
 */
export type KeyedValues<K extends SettingsKey, V = Settings[K]> = { [P in K]: V };

export interface SettingsFormState<V> {
  form: UseFormReturnType<V>;
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  failure: StoreError | null;
  submitting: boolean;
}

export interface SettingsFormOptions<V> {
  /** The form paths of its number fields (`privacy.retentionDays`): checked against their ranges before sending. */
  numbers?: readonly string[];
  /** Further checks before sending, by form path. */
  validate?: (values: V) => Record<string, ReactNode>;
  /** `departments` only: the rows renamed in place, sent with the list. */
  renames?: (values: V) => DepartmentRename[];
}

/** Edits one settings key and saves it with `settings.update`. */
export function useSettingsForm<K extends SettingsKey, V extends Record<string, unknown>>(
  key: K,
  initialValues: V,
  toValue: (values: V) => unknown,
  { numbers = [], validate, renames }: SettingsFormOptions<V> = {},
): SettingsFormState<V> {
  const { t } = useTranslation();
  const store = useStore();
  const form = useForm<V>({
    initialValues,
    validate: (values) => ({ ...validate?.(values), ...numberErrors(values, numbers) }),
  });
  const base = useSettingsBase();
  const { submit, refusedHere, failure, submitting } = useCommandSubmit(form, (values: V) =>
    store.send('settings.update', { key, value: toValue(values), ...(renames ? { renames: renames(values) } : {}), ...(base ? { base: base.value } : {}) }),
  );
  const onSubmit = form.onSubmit(
    async (values) => {
      const saved = await submit(values);
      if (saved !== undefined) {
        form.setInitialValues(values);
        form.resetDirty(values);
        notifications.show({ color: 'teal', message: t('settings.saved') });
      }
    },
    // Refused by the checks made here (a number out of range): announced and focused like the store's refusals.
    (_errors, _values, event) => refusedHere(event),
  );
  return { form, onSubmit, failure, submitting };
}
