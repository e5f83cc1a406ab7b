import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../domain/users/roles';
import { approvalKindsOf, ownerStandingOf } from '../../../../domain/tracking/row';
import type { UserSummary } from '../../../../store/services/users';
import { ConfirmPasswordModal } from '../../auth/confirm/ConfirmPasswordModal';

/**
 * 再次输入密码 before a role change or a deactivation: says what will happen to whom. `save` runs the
 * edit dialog's own submit, so a refusal of the save itself lands on that dialog's fields.
 */
export function ConfirmUserChange<R>({
  user,
  role,
  active,
  save,
  onDone,
  onCancel,
}: {
  user: UserSummary;
  role: Role;
  active: boolean;
  save(): Promise<R>;
  onDone(result: R): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const roleChanged = role !== user.role;
  const deactivated = user.active && !active;
  const names = { name: user.name, from: t(`role.${user.role}`), to: t(`role.${role}`) };
  // Plans naming them as 负责人 cannot be approved once they can no longer carry a case out.
  const stopsHandling = ownerStandingOf({ active: active ? 1 : 0, role }) !== null;
  // Approvals nobody else may give: after the change nobody could, and the cases waiting would stall.
  const kept = active ? approvalKindsOf(role) : [];
  const stalled = (user.soleApprovals ?? []).filter((sole) => !kept.includes(sole.kind));
  const warnings = [
    ...(user.openCases ? [t('security.users.openCases', { name: user.name, count: user.openCases })] : []),
    ...(user.pendingPlans && stopsHandling ? [t('security.users.pendingPlans', { name: user.name, count: user.pendingPlans })] : []),
    ...stalled.map((sole) => t('security.users.soleApprover', { name: user.name, approval: t(`tracking.awaiting.${sole.kind}`), count: sole.waiting })),
  ];
  const message =
    roleChanged && deactivated
      ? t('security.users.confirmBoth', names)
      : roleChanged
        ? t('security.users.confirmRole', names)
        : t('security.users.confirmDeactivate', names);
  return (
    <ConfirmPasswordModal
      title={roleChanged ? t('security.users.confirmRoleTitle', names) : t('security.users.confirmDeactivateTitle', names)}
      message={message}
      warning={warnings.length > 0 ? warnings.join(' ') : undefined}
      submitLabel={t('security.users.confirmSubmit')}
      color="orange"
      action={save}
      onDone={onDone}
      onClose={onCancel}
    />
  );
}
