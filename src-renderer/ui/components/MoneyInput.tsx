import { type NumberInputProps } from '@mantine/core';
import { NumberField } from './NumberField';

/** An amount of renminbi: never negative, two decimals, grouped as ¥ 1,280.00 is written. */
export function MoneyInput(props: Omit<NumberInputProps, 'min' | 'allowNegative' | 'decimalScale' | 'prefix' | 'thousandSeparator'>) {
  return <NumberField prefix="¥ " min={0} allowNegative={false} decimalScale={2} thousandSeparator="," hideControls {...props} />;
}
