import { Text, type NumberInputProps } from '@mantine/core';
import { NumberField } from '../../components/NumberField';
import { useTranslation } from 'react-i18next';
import type { NumberRange } from '../../../domain/settings/ranges';

type Props = Omit<NumberInputProps, 'min' | 'max' | 'decimalScale' | 'clampBehavior' | 'description'> & {
  range: NumberRange;
  /** Shown above the allowed range. */
  hint?: string;
  /** A short unit at the right end of the field (小时, 分钟). */
  unit?: string;
};

/**
 * Every settings number: its allowed range shown under it, and what was typed
 * kept as typed. Mantine clamps on blur by default, which quietly turned 0
 * (keep forever) into 30 and saved it; out of range is now refused on saving,
 * with the range (see numberField.tsx).
 */
export function RangeNumberInput({ range, hint, unit, ...props }: Props) {
  const { t } = useTranslation();
  const allowed = t('admin.number.range', { min: range.min, max: range.max });
  return (
    <NumberField
      min={range.min}
      max={range.max}
      // A fraction typed where whole numbers are meant stays as typed and is refused on saving:
      // Mantine's allowDecimal={false} would drop the point, turning 2.5 into 25.
      decimalScale={range.integer ? undefined : 2}
      clampBehavior="none"
      description={
        hint ? (
          <>
            <span style={{ display: 'block' }}>{hint}</span>
            <span style={{ display: 'block' }}>{allowed}</span>
          </>
        ) : (
          allowed
        )
      }
      rightSection={
        unit ? (
          <Text size="xs" c="dimmed">
            {unit}
          </Text>
        ) : undefined
      }
      // Wide enough for the unit in either language (天, working days).
      rightSectionWidth={unit ? Math.max(48, unit.length * 7 + 14) : undefined}
      {...props}
    />
  );
}
