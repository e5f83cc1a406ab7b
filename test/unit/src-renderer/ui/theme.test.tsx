import { MantineProvider, Modal, PasswordInput, Select } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_THEME, mergeMantineTheme } from '@mantine/core';
import { cssVariablesResolver, DIMMED_TEXT, theme, themeWith } from '../../../../src-renderer/ui/theme';

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

  const LABELS = { close: '关闭', clear: '清除', previous: '上一页', next: '下一页', confirm: '确定', hours: '小时', minutes: '分钟', showPassword: '显示或隐藏密码', monthFormat: 'YYYY年M月', yearFormat: 'YYYY年', dayFormat: 'YYYY年M月D日' };

  it('names Mantine’s own controls, and lets the keyboard clear a choice that may be left empty', async () => {
    function Platform() {
      const [value, setValue] = useState<string | null>('微博');
      return (
        <>
          <Select label="账号平台" clearable data={['微博', '抖音']} value={value} onChange={setValue} />
          <output data-testid="platform">{value ?? '（空）'}</output>
          {/* jsdom lays nothing out: a focus trap in the dropdown would find nothing to focus, and warn. */}
          <DateTimePicker label="受理时间" popoverProps={{ trapFocus: false }} />
        </>
      );
    }
    render(
      <MantineProvider theme={themeWith(LABELS)}>
        <Platform />
      </MantineProvider>,
    );
    const clear = screen.getByRole('button', { name: '清除' });
    expect(clear.tabIndex).toBe(0);
    clear.focus();
    fireEvent.click(clear);
    expect(screen.getByTestId('platform').textContent).toBe('（空）');
    // Focus goes back to the field, not to the page.
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: '账号平台' }));
    fireEvent.click(screen.getByRole('button', { name: '受理时间', hidden: true }));
    await screen.findByRole('button', { name: '上一页', hidden: true });
    for (const name of ['上一页', '下一页', '确定']) expect(screen.getByRole('button', { name, hidden: true }), name).toBeTruthy();
    expect(screen.getAllByRole('spinbutton', { name: '小时', hidden: true }).length).toBeGreaterThan(0);
    cleanup();
    render(
      <MantineProvider theme={themeWith(LABELS)}>
        <Modal opened onClose={() => undefined} title="受理">
          <PasswordInput label="您的登录密码" />
        </Modal>
      </MantineProvider>,
    );
    expect(await screen.findByRole('button', { name: '关闭' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '显示或隐藏密码' })).toBeTruthy();
  });
});

/** WCAG 2 contrast ratio of two #rgb / #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (short: string) => {
    const hex = short.length === 4 ? `#${[...short.slice(1)].map((c) => c + c).join('')}` : short;
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

describe('the theme’s colours', () => {
  const full = mergeMantineTheme(DEFAULT_THEME, theme);
  const shade = typeof full.primaryShade === 'number' ? full.primaryShade : full.primaryShade.light;
  const primary = full.colors[full.primaryColor]![shade]!;
  const white = full.white;
  const panel = full.colors.gray![0]!; // the sign-in page, the lock screen, table headers

  it('give white text on the primary colour, and the primary colour on white and on panels, at least WCAG AA’s 4.5:1', () => {
    expect(contrast(white, primary)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(primary, panel)).toBeGreaterThanOrEqual(4.5);
  });

  it('give every palette’s filled and light variants WCAG AA contrast: white on shade 9, shade 9 on shade 1', () => {
    const below = Object.entries(full.colors)
      .filter(([name]) => name !== 'dark')
      .flatMap(([name, shades]) => [
        ...(contrast(white, shades[9]!) < 4.5 ? [`white on ${name} 9`] : []),
        ...(contrast(shades[9]!, shades[1]!) < 4.5 ? [`${name} 9 on ${name} 1`] : []),
      ]);
    expect(below).toEqual([]);
  });

  it('make dimmed hints readable too', () => {
    expect(cssVariablesResolver(full).light['--mantine-color-dimmed']).toBe(DIMMED_TEXT);
    expect(contrast(DIMMED_TEXT, white)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(DIMMED_TEXT, panel)).toBeGreaterThanOrEqual(4.5);
  });
});
