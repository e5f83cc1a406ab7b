import { PasswordInput, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../../domain/users/roles';
import type { UserSummary } from '../../../../store/services/users';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FieldErrorText } from '../../../components/FieldErrorText';
import { focusFirstInvalid, useCommandSubmit } from '../../../components/useCommandSubmit';
import { useStore } from '../../../data/hooks';
import { StoreError } from '../../../data/store-client';
import { ModalActions } from '../../../components/ModalActions';
import { ConfirmUserChange } from './ConfirmUserChange';
import { MountedModal } from '../../../components/MountedModal';
import { userFormErrors, type UserFormValues } from './userFormErrors';

interface Values extends UserFormValues {
  role: Role | '';
}

/** Creates an account (with its initial password) or edits one; the store's refusals land on their fields. */
export function UserModal({ user, departments, onClose }: { user: UserSummary | null; departments: string[]; onClose(): void }) {
  const { t } = useTranslation();
  const store = useStore();
  const creating = user === null;
  // Values the store host wants confirmed with the admin's password (a role change, a deactivation).
  const [confirming, setConfirming] = useState<Values | null>(null);
  const form = useForm<Values>({
    initialValues: {
      username: user?.username ?? '',
      name: user?.name ?? '',
      role: user?.role ?? 'agent',
      department: user?.department ?? '',
      active: user?.active ?? true,
      password: '',
      confirm: '',
    },
    validate: (values) => userFormErrors(values, creating, t),
  });
  const { submit, failure, submitting } = useCommandSubmit(form, (values: Values) =>
    store
      .send('users.save', {
        ...(user ? { id: user.id } : { password: values.password }),
        username: values.username,
        name: values.name,
        role: values.role as Role,
        department: values.department,
        active: values.active,
      })
      .catch((error: unknown) => {
        // Asked for the password; the dialog stays open with everything typed, and saves again once confirmed.
        if (error instanceof StoreError && error.data.code === 'auth.confirmRequired') setConfirming(values);
        throw error;
      }),
  );
  const saved = (result: { username: string }) => {
    notifications.show({
      color: 'teal',
      message: t(creating ? 'admin.users.created' : 'admin.users.updated', { username: result.username }),
    });
    onClose();
  };

  // Refusing to demote oneself is about the role or the active switch, whichever was changed.
  const demoteField = form.values.role !== 'admin' ? 'role' : 'active';
  const selfRefusal = failure?.data.code === 'users.cannotDemoteSelf';
  const department = form.values.department;
  const departmentOptions = department && !departments.includes(department) ? [department, ...departments] : departments;

  return (
    <MountedModal
      onClose={onClose}
      title={creating ? t('admin.users.createTitle') : t('admin.users.editTitle', { username: user.username })}
      size="lg"
    >
      <form
        noValidate
        aria-label={creating ? t('admin.users.createTitle') : t('admin.users.editTitle', { username: user.username })}
        onSubmit={form.onSubmit(
          async (values) => {
            const result = await submit(values);
            if (result) saved(result);
          },
          // Refused before sending: the keyboard lands on the first field to put right, as after the store's refusal.
          (_errors, _values, event) => focusFirstInvalid(event?.currentTarget),
        )}
      >
        <Stack>
          {!selfRefusal && failure?.data.code !== 'auth.confirmRequired' && <ErrorAlert error={failure} />}
          <TextInput label={t('auth.username')} withAsterisk autoComplete="off" {...form.getInputProps('username')} />
          <TextInput label={t('auth.displayName')} withAsterisk {...form.getInputProps('name')} />
          <Select
            label={t('admin.users.columns.role')}
            withAsterisk
            data={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))}
            {...form.getInputProps('role')}
            error={
              selfRefusal && demoteField === 'role' ? <FieldErrorText error={{ field: 'role', code: failure.data.code }} /> : form.errors.role
            }
          />
          <Select
            label={t('admin.users.columns.department')}
            withAsterisk
            searchable
            data={departmentOptions}
            {...form.getInputProps('department')}
            description={
              department && !departments.includes(department) ? t('admin.users.departmentMissing', { department }) : undefined
            }
          />
          <Switch
            label={t('admin.users.activeLabel')}
            {...form.getInputProps('active', { type: 'checkbox' })}
            error={
              selfRefusal && demoteField === 'active' ? <FieldErrorText error={{ field: 'active', code: failure.data.code }} /> : form.errors.active
            }
          />
          {creating && (
            <>
              <PasswordInput
                label={t('admin.users.initialPassword')}
                description={t('auth.passwordRule')}
                withAsterisk
                autoComplete="new-password"
                {...form.getInputProps('password')}
                // Mantine marks a password field invalid by its look only: said here, screen readers hear it and focus finds it.
                aria-invalid={Boolean(form.errors.password) || undefined}
              />
              <PasswordInput
                label={t('auth.confirmPassword')}
                withAsterisk
                autoComplete="new-password"
                {...form.getInputProps('confirm')}
                aria-invalid={Boolean(form.errors.confirm) || undefined}
              />
            </>
          )}
          <ModalActions onCancel={onClose} submitLabel={t('admin.actions.save')} submitting={submitting} />
        </Stack>
      </form>
      {user && confirming && (
        <ConfirmUserChange
          user={user}
          role={confirming.role as Role}
          active={confirming.active}
          save={() => submit(confirming)}
          onDone={(result) => {
            setConfirming(null);
            if (result) saved(result);
          }}
          onCancel={() => setConfirming(null)}
        />
      )}
    </MountedModal>
  );
}
