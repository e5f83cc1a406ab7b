import type { UseFormReturnType } from '@mantine/form';
import { Fragment, useEffect, useRef } from 'react';
import type { FieldError } from '../../../../domain/common/errors';
import { FieldErrorText } from '../../../components/FieldErrorText';
import type { StoreError } from '../../../data/store-client';
import type { KeyedValues } from '../useSettingsForm';

export type DepartmentValues = KeyedValues<'departments'> & {
  /** Each row's saved name, null for a row added since: a row edited in place is a rename, not a removal and an addition. */
  origins: Array<string | null>;
};

/**
 * The store host's refusals to remove a department open cases still name (store/services/settings/open-cases.ts):
 * handled or supported there, or only asked by an open 核实请求. Both go on its row, and a rename there takes either along.
 */
const HELD = new Set(['validation.departmentHasCases', 'verificationRequest.departmentAsked']);

/** Where a saved department's row goes back: before the first row saved after it, else after the last saved row (rows added stay last). */
export function rowPosition(origins: ReadonlyArray<string | null>, saved: readonly string[], department: string): number {
  const rank = saved.indexOf(department);
  const after = origins.findIndex((origin) => origin !== null && saved.indexOf(origin) > rank);
  if (after >= 0) return after;
  return origins.reduce<number>((last, origin, index) => (origin === null ? last : index), -1) + 1;
}

/**
 * A department the store host would not remove because open cases still name it comes back in its
 * row, with the refusal on that row: there it can be renamed in place, which takes the cases along.
 * The other rows stay as typed; a refusal for the whole list (a category's default, active users)
 * stays under the list.
 */
export function useHeldDepartments(form: UseFormReturnType<DepartmentValues>, failure: StoreError | null, saved: readonly string[]): void {
  const handled = useRef<StoreError | null>(null);
  useEffect(() => {
    if (!failure || handled.current === failure) return;
    handled.current = failure;
    const fields = failure.data.fields ?? [];
    const held = fields.filter((field) => field.field === 'departments' && HELD.has(field.code));
    if (held.length === 0) return;
    const { departments, origins: typed } = form.getValues();
    const origins = [...typed];
    const onRow = new Map<FieldError, string>();
    const restored = new Set<string>();
    for (const field of held) {
      const department = field.params?.department;
      if (typeof department !== 'string') continue;
      // Its second refusal (held both ways) goes on the row the first brought back.
      if (restored.has(department)) {
        onRow.set(field, department);
        continue;
      }
      if (!saved.includes(department) || origins.includes(department) || departments.some((name) => name.trim() === department)) continue;
      restored.add(department);
      const at = rowPosition(origins, saved, department);
      form.insertListItem('departments', department, at);
      form.insertListItem('origins', department, at);
      origins.splice(at, 0, department);
      onRow.set(field, department);
    }
    const forList = fields.find((field) => field.field === 'departments' && !onRow.has(field));
    form.setErrors((current) => {
      const { departments: _list, ...next } = current;
      if (forList) next.departments = <FieldErrorText error={forList} />;
      // A department held both ways has both refusals on its row.
      const byRow = new Map<string, FieldError[]>();
      for (const [field, department] of onRow) byRow.set(department, [...(byRow.get(department) ?? []), field]);
      for (const [department, errors] of byRow) {
        next[`departments.${origins.indexOf(department)}`] = (
          <>
            {errors.map((error, i) => (
              <Fragment key={error.code}>
                {i > 0 && ' '}
                <FieldErrorText error={error} />
              </Fragment>
            ))}
          </>
        );
      }
      return next;
    });
  }, [failure, form, saved]);
}
