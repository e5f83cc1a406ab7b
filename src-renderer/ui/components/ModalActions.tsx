import { Button, Group, type ButtonProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The foot of every form dialog: cancel on the left of the submit button. */
export function ModalActions({
  onCancel,
  submitLabel,
  submitting,
  color,
  disabled = false,
}: {
  onCancel(): void;
  submitLabel: string;
  submitting: boolean;
  color?: ButtonProps['color'];
  /** Nothing to submit yet (nothing chosen). */
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel} disabled={submitting}>
        {t('admin.actions.cancel')}
      </Button>
      <Button type="submit" loading={submitting} disabled={disabled} {...(color ? { color } : {})}>
        {submitLabel}
      </Button>
    </Group>
  );
}
