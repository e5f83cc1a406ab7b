import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { MoneyInput } from '../../../../../src-renderer/ui/components/MoneyInput';
import { NumberField, narrowDigits } from '../../../../../src-renderer/ui/components/NumberField';

afterEach(cleanup);

function Field({ money = false }: { money?: boolean }) {
  const [value, setValue] = useState<number | string>('');
  return (
    <MantineProvider>
      {money ? <MoneyInput label="金额" value={value} onChange={setValue} /> : <NumberField label="天数" value={value} onChange={setValue} />}
      <output>{JSON.stringify(value)}</output>
    </MantineProvider>
  );
}

describe('NumberField', () => {
  it('narrows full-width digits and marks, and leaves everything else', () => {
    expect(narrowDigits('１５')).toBe('15');
    expect(narrowDigits('１２。５')).toBe('12.5');
    expect(narrowDigits('－３．０')).toBe('-3.0');
    expect(narrowDigits('１，２００')).toBe('1,200');
    expect(narrowDigits('天数 7')).toBe('天数 7');
  });

  it('keeps a number typed with a Chinese input method (it vanished, and the field said it was required)', () => {
    render(<Field />);
    const input = screen.getByLabelText('天数') as HTMLInputElement;
    fireEvent.change(input, { target: { value: '１５' } });
    expect(input.value).toBe('15');
    expect(screen.getByRole('status').textContent).toBe('15');
  });

  it('reads 。 as the decimal point of an amount', () => {
    render(<Field money />);
    const input = screen.getByLabelText('金额') as HTMLInputElement;
    fireEvent.change(input, { target: { value: '１２８０。５' } });
    expect(screen.getByRole('status').textContent).toBe('1280.5');
  });

  it('keeps a third decimal of an amount as pasted, for the store host to refuse (it was cut to ¥12.34 without a word)', () => {
    render(<Field money />);
    const input = screen.getByLabelText('金额') as HTMLInputElement;
    fireEvent.change(input, { target: { value: '12.345' } });
    expect(screen.getByRole('status').textContent).toBe('12.345');
  });

  it.each([
    ['1,000', '1000'],
    ['3,299.00', '3299'],
    ['１，０００', '1000'],
  ])('reads a comma typed key by key as grouping, not a decimal point (%s; 1,000 was saved as ¥1)', (typed, value) => {
    render(<Field money />);
    const input = screen.getByLabelText('金额') as HTMLInputElement;
    // Key by key: each character added at the end of what the field shows.
    for (const char of typed) fireEvent.change(input, { target: { value: input.value + char } });
    fireEvent.blur(input);
    expect(screen.getByRole('status').textContent).toBe(JSON.stringify(Number(value)));
  });
});
