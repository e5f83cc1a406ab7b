import { MonthPickerInput } from '@mantine/dates';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Month } from '../../../domain/reports/monthly';

/** The report month; only whole months up to the current one can be chosen. */
export function MonthPicker({ value, onChange }: { value: Month; onChange(month: Month): void }) {
  const { t } = useTranslation();
  return (
    <MonthPickerInput
      label={t('reports.month')}
      value={dayjs(new Date(value.year, value.month - 1, 1)).format('YYYY-MM-DD')}
      valueFormat="YYYY-MM"
      maxDate={dayjs().endOf('month').format('YYYY-MM-DD')}
      onChange={(picked) => {
        if (!picked) return;
        const day = dayjs(picked);
        onChange({ year: day.year(), month: day.month() + 1 });
      }}
      w={160}
    />
  );
}
