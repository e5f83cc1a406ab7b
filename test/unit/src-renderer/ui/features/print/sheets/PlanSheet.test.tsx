import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDateTime } from '../../../../../../../src-renderer/ui/components/format';
import { GradingSheet } from '../../../../../../../src-renderer/ui/features/print/sheets/GradingSheet';
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

/** The labels of a form's blanks (a field whose value is left to be written by hand). */
function blanks(container: HTMLElement): string[] {
  return [...container.querySelectorAll('td')].filter((cell) => /blank/.test(cell.className)).map((cell) => cell.previousElementSibling?.textContent ?? '');
}

describe('the forms of a case not graded or planned yet, printed to be filled in by hand', () => {
  const early = () => ({ ...closedCase(), status: 'grading' as const, severity: 'serious' as const, initialSeverity: 'serious' as const, grading: null, plan: null });

  it('处理方案审批表 leaves every field of the plan blank, and legal’s opinion too: whether one is needed hangs on the plan', () => {
    const { container } = render(
      <MantineProvider>
        <PlanSheet record={early()} />
      </MantineProvider>,
    );
    const text = container.textContent ?? '';
    expect(text).not.toContain('不需要法务意见');
    expect(text).not.toContain('未填写');
    expect(blanks(container)).toEqual(expect.arrayContaining(['投诉类别', '处理措施', '负责人', '责任部门', '完成时限', '补偿方式', '法务意见', '审批人']));
    expect(text).toContain('法务签字');
  });

  it('处理方案审批表 of a major complaint without a plan says legal’s opinion is awaited', () => {
    const { container } = render(
      <MantineProvider>
        <PlanSheet record={{ ...early(), severity: 'major' }} />
      </MantineProvider>,
    );
    expect(container.textContent).toContain('法务意见尚未出具');
    expect(blanks(container)).not.toContain('法务意见');
  });

  it('投诉分类定级表 leaves category, sub-category, severity, department, rationale and submitter blank, the intake’s severity printed', () => {
    const { container } = render(
      <MantineProvider>
        <GradingSheet record={early()} />
      </MantineProvider>,
    );
    expect(blanks(container)).toEqual(expect.arrayContaining(['投诉类别', '细分类别', '严重程度', '责任部门', '定级理由', '提交人', '提交时间']));
    expect(container.textContent).toContain('严重');
  });
});
