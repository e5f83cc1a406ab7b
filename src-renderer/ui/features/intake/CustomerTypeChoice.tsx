import { useTranslation } from 'react-i18next';
import { CUSTOMER_TYPES, type CustomerType } from '../../../domain/cases/vocabulary';
import { LabelledSegments } from './LabelledSegments';

/** 客户类型: one segment per customer type of the glossary. */
export function CustomerTypeChoice({ value, onChange }: { value: CustomerType; onChange(value: CustomerType): void }) {
  const { t } = useTranslation();
  return (
    <LabelledSegments
      label={t('intake.customerType')}
      data={CUSTOMER_TYPES.map((type) => ({ value: type, label: t(`customerType.${type}`) }))}
      value={value}
      onChange={onChange}
    />
  );
}
