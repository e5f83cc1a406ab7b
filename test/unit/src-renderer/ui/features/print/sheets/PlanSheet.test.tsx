import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDateTime } from '../../../../../../../src-renderer/ui/components/format';
import { PlanSheet } from '../../../../../../../src-renderer/ui/features/print/sheets/PlanSheet';
import { initI18n } from '../../../../../../../src-renderer/ui/i18n';
import { closedCase, staff } from '../../../../domain/privacy/fixtures';

beforeAll(async () => {
  await initI18n('zh-CN');
});

const AT = Date.UTC(2026, 0, 5, 2);

describe('处理方案审批表', () => {
  it('carries the opinions legal revised, numbered, with who gave each and when, after the current one', () => {
    const base = closedCase();
    const earlierOpinions = [
      { text: '可以补发', at: AT, by: staff },
      { text: '建议先协商', at: AT + 3_600_000, by: staff },
    ];
    const { container } = render(
      <MantineProvider>
        <PlanSheet record={{ ...base, plan: { ...base.plan!, earlierOpinions } }} />
      </MantineProvider>,
    );
    const text = container.textContent ?? '';
    expect(text).toContain('陈晓燕可能起诉');
    expect(text).toContain(`此前的法务意见（1）可以补发（${staff.name} · ${formatDateTime(AT)}）`);
    expect(text).toContain(`此前的法务意见（2）建议先协商（${staff.name} · ${formatDateTime(AT + 3_600_000)}）`);
    expect(text.indexOf('陈晓燕可能起诉')).toBeLessThan(text.indexOf('此前的法务意见（1）'));
  });

  it('has no such rows for an opinion never revised', () => {
    const { container } = render(
      <MantineProvider>
        <PlanSheet record={closedCase()} />
      </MantineProvider>,
    );
    expect(container.textContent).not.toContain('此前的法务意见');
  });
});
