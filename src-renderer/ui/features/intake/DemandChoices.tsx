import { Checkbox, Group, type CheckboxGroupProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DEMANDS } from '../../../domain/cases/vocabulary';

/** 客户诉求: a tick box per demand of the glossary; the props are the form field's (value, onChange, error). */
export function DemandChoices(props: Omit<CheckboxGroupProps, 'children' | 'label'>) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group label={t('intake.demands')} {...props}>
      <Group gap="md" mt={6}>
        {DEMANDS.map((demand) => (
          <Checkbox key={demand} value={demand} label={t(`demand.${demand}`)} />
        ))}
      </Group>
    </Checkbox.Group>
  );
}
