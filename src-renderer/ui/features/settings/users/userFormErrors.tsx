import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { FieldError } from '../../../../domain/common/errors';
import { toFieldErrors } from '../../../../domain/common/validation';
import { passwordFieldError } from '../../../../domain/users/password';
import { SaveUserInput } from '../../../../domain/users/user';
import { fieldErrorNodes } from '../../../components/FieldErrorText';

export interface UserFormValues {
  username: string;
  name: string;
  role: string;
  department: string;
  active: boolean;
  password: string;
  confirm: string;
}

/**
 * Everything the store host would refuse in the user dialog, found before sending and all at once:
 * the host checks the initial password only once the other fields passed, so a first empty submit
 * flagged 初始密码 only on the second try. Same schema and password rules as the host's.
 */
export function userFormErrors(values: UserFormValues, creating: boolean, t: TFunction): Record<string, ReactNode> {
  const fields: FieldError[] = [];
  const parsed = SaveUserInput.safeParse({
    username: values.username,
    name: values.name,
    role: values.role || undefined,
    department: values.department,
    active: values.active,
  });
  if (!parsed.success) fields.push(...toFieldErrors(parsed.error));
  if (creating) {
    const problem = passwordFieldError('password', values.password, values.username.trim().toLowerCase());
    if (problem) fields.push(problem);
  }
  const errors = fieldErrorNodes(fields);
  if (creating && values.confirm !== values.password) errors.confirm = t('auth.passwordsDiffer');
  return errors;
}
