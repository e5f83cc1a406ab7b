import { Button, Group, type ButtonProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The foot of every form dialog: cancel on the left of the submit button. */
export function ModalActions({
  onCancel,
  submitLabel,
  submitting,
  color,
}: {
  onCancel(): void;
  submitLabel: string;
  submitting: boolean;
  color?: ButtonProps['color'];
}) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel} disabled={submitting}>
        {t('admin.actions.cancel')}
      </Button>
      <Button type="submit" loading={submitting} {...(color ? { color } : {})}>
        {submitLabel}
      </Button>
    </Group>
  );
}
