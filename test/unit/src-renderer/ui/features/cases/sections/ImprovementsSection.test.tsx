import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImprovementRecord } from '../../../../../../../src-renderer/domain/improvements/schema';
import { ImprovementsSection } from '../../../../../../../src-renderer/ui/features/cases/sections/ImprovementsSection';
import { renderWithStore, teardown } from '../../../render';

afterEach(teardown);

const DAY = 86_400_000;
const director = { id: 'u-d', name: '周总监' };

function measure(title: string, overrides: Partial<ImprovementRecord>): ImprovementRecord {
  return {
    id: title,
    title,
    rootCause: '承运商运力不足',
    action: '增加备用承运商',
    owner: { id: 'u-a', name: '王丽娟' },
    dueAt: Date.now() + 10 * DAY,
    caseIds: ['c-1'],
    status: 'open',
    effective: null,
    verificationNote: '',
    createdAt: Date.now() - 30 * DAY,
    updatedAt: Date.now() - DAY,
    verifiedAt: null,
    verifiedBy: null,
    verifications: [],
    ...overrides,
  };
}

/** The line of a measure: its title's row in the section. */
const lineOf = (title: string) => screen.getByRole('link', { name: title }).parentElement!.parentElement!;

describe('关联整改措施 on the case page', () => {
  it('marks one past its due date and one whose last round failed, as the 整改 page does, each title opening that page', async () => {
    const late = measure('安装预约确认流程整改', {
      dueAt: Date.now() - DAY,
      verifications: [{ at: Date.now() - 2 * DAY, by: director, effective: false, note: '无改善', action: '增加备用承运商', dueAt: Date.now() - 3 * DAY }],
    });
    await renderWithStore(<ImprovementsSection improvements={[late, measure('话术整改', {})]} />);
    const link = await screen.findByRole('link', { name: '安装预约确认流程整改' });
    expect(link.getAttribute('href')).toBe('#/improvements');
    expect(lineOf('安装预约确认流程整改').textContent).toContain('已逾期');
    expect(lineOf('安装预约确认流程整改').textContent).toContain('上轮无效');
    expect(lineOf('话术整改').textContent).not.toContain('已逾期');
    expect(lineOf('话术整改').textContent).not.toContain('上轮无效');
  });
});
