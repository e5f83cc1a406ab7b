import { MantineProvider } from '@mantine/core';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Panel } from '../../../../../src-renderer/ui/components/Panel';

afterEach(cleanup);

const show = (ui: React.ReactElement) => render(<MantineProvider>{ui}</MantineProvider>);

describe('Panel', () => {
  it('is a region named by its heading, with the hint under it, the action beside it and the content after', () => {
    show(
      <Panel title="恢复备份" hint="先核对文件" order={4} aside={<button type="button">选择备份文件</button>}>
        <p>内容</p>
      </Panel>,
    );
    const region = screen.getByRole('region', { name: '恢复备份' });
    expect(within(region).getByRole('heading', { level: 4, name: '恢复备份' })).toBeTruthy();
    expect(within(region).getByText('先核对文件')).toBeTruthy();
    expect(within(region).getByRole('button', { name: '选择备份文件' })).toBeTruthy();
    // Reading order: heading, hint, action, content.
    expect(region.textContent).toBe('恢复备份先核对文件选择备份文件内容');
  });

  it('shows no hint line for an empty hint, and titles at level 3 by default', () => {
    const { container } = show(
      <Panel title="处理过程" hint={null}>
        <p>记录</p>
      </Panel>,
    );
    const region = screen.getByRole('region', { name: '处理过程' });
    expect(within(region).getByRole('heading', { level: 3 })).toBeTruthy();
    expect(region.textContent).toBe('处理过程记录');
    expect(container.querySelectorAll('section p, section .mantine-Text-root')).toHaveLength(1);
  });
});
