import { type NumberInputProps } from '@mantine/core';
import { NumberField } from './NumberField';

/**
 * An amount of renminbi: never negative, grouped as ¥ 1,280.50 is written. A third decimal is kept
 * as typed or pasted (Mantine's decimalScale would cut ¥12.345 to ¥12.34 without a word) and
 * refused on saving: amounts are in whole fen (validation.wholeFen). Only the point is a decimal
 * point: the comma groups thousands here (Mantine also took a typed comma for a point, so 1,000 typed became ¥1).
 */
export function MoneyInput(props: Omit<NumberInputProps, 'min' | 'allowNegative' | 'decimalScale' | 'prefix' | 'thousandSeparator' | 'allowedDecimalSeparators'>) {
  return <NumberField prefix="¥ " min={0} allowNegative={false} thousandSeparator="," allowedDecimalSeparators={['.']} hideControls {...props} />;
}
