import { MantineProvider, Select } from '@mantine/core';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { theme } from '../../../../src-renderer/ui/theme';

afterEach(cleanup);

function Department() {
  const [value, setValue] = useState<string | null>('财务部');
  return (
    <>
      <Select label="责任部门" data={['财务部', '客服中心']} value={value} onChange={setValue} />
      <output data-testid="chosen">{value ?? '（空）'}</output>
    </>
  );
}

describe('the theme', () => {
  it('keeps a choice when the user picks the option already chosen (a required field is not emptied unseen)', async () => {
    render(
      <MantineProvider theme={theme}>
        <Department />
      </MantineProvider>,
    );
    fireEvent.click(screen.getByRole('combobox', { name: '责任部门' }));
    fireEvent.click(await screen.findByRole('option', { name: '财务部', hidden: true }));
    expect(screen.getByTestId('chosen').textContent).toBe('财务部');
    // Another option still replaces it.
    fireEvent.click(screen.getByRole('combobox', { name: '责任部门' }));
    fireEvent.click(await screen.findByRole('option', { name: '客服中心', hidden: true }));
    await waitFor(() => expect(screen.getByTestId('chosen').textContent).toBe('客服中心'));
  });
});
