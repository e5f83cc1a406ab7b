import { NumberInput, type NumberInputProps } from '@mantine/core';

/** An amount of renminbi: never negative, two decimals, grouped as ¥ 1,280.00 is written. */
export function MoneyInput(props: Omit<NumberInputProps, 'min' | 'allowNegative' | 'decimalScale' | 'prefix' | 'thousandSeparator'>) {
  return <NumberInput prefix="¥ " min={0} allowNegative={false} decimalScale={2} thousandSeparator="," hideControls {...props} />;
}
