import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TrackingRow } from '../../../../../../src-renderer/domain/tracking/row';
import { cellContent } from '../../../../../../src-renderer/ui/features/tracking/cells';
import { initI18n } from '../../../../../../src-renderer/ui/i18n';

let zh: TFunction;
beforeAll(async () => {
  // The badge reads the app's own i18n instance: the same instance gives the cell its words.
  zh = (await initI18n('zh-CN')).getFixedT('zh-CN');
});

const cell = (row: Partial<TrackingRow>) =>
  render(
    <MantineProvider>
      <div data-cell>{cellContent('severity', row as TrackingRow, 0, zh)}</div>
    </MantineProvider>,
  ).container.querySelector('[data-cell]')!;

describe('the severity cell', () => {
  it('shows the case’s own severity and, while a grading proposes another, an arrow and the proposal in words', () => {
    const raised = cell({ severity: 'general', proposedSeverity: 'major' });
    expect(raised.textContent).toBe('一般↑（拟定为重大）');
    expect(raised.querySelector('[title]')?.getAttribute('title')).toBe('一般（拟定为重大）');
    expect(cell({ severity: 'major', proposedSeverity: 'general' }).textContent).toBe('重大↓（拟定为一般）');
    expect(cell({ severity: 'serious' }).textContent).toBe('严重');
  });
});
