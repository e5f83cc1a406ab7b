import { describe, expect, it } from 'vitest';
import type { ImprovementRecord } from '../../../../../src-renderer/domain/improvements/schema';
import { currentImprovement, lastVerification, withVerdict } from '../../../../../src-renderer/domain/improvements/verifications';

const DAY = 86_400_000;
const T0 = new Date(2026, 10, 2, 10).getTime();
const director = { id: 'u-director', name: '总监周' };

const open: ImprovementRecord = {
  id: 'imp-1',
  title: '配送延误整改',
  rootCause: '承运商运力不足',
  action: '增加备用承运商',
  owner: { id: 'u-supervisor', name: '主管老陈' },
  dueAt: T0 + 30 * DAY,
  caseIds: ['c1'],
  status: 'open',
  effective: null,
  verificationNote: '',
  createdAt: T0,
  updatedAt: T0,
  verifiedAt: null,
  verifiedBy: null,
};

describe('verdicts on an improvement (整改效果验证)', () => {
  it('sends a measure found not effective back to 进行中 and keeps the verdict with the action and due date it judged', () => {
    const failed = withVerdict(currentImprovement(open), { at: T0 + 31 * DAY, by: director, effective: false, note: '同类投诉未减少' });
    expect(failed).toMatchObject({ status: 'open', effective: null, verifiedAt: null, verifiedBy: null, verificationNote: '', updatedAt: T0 + 31 * DAY });
    expect(failed.verifications).toEqual([
      { at: T0 + 31 * DAY, by: director, effective: false, note: '同类投诉未减少', action: '增加备用承运商', dueAt: T0 + 30 * DAY },
    ]);

    // The new round: another action, a later due date, then found effective.
    const second = { ...failed, action: '更换承运商', dueAt: T0 + 60 * DAY };
    const closed = withVerdict(second, { at: T0 + 61 * DAY, by: director, effective: true, note: '同类投诉下降 60%' });
    expect(closed).toMatchObject({ status: 'verified', effective: true, verificationNote: '同类投诉下降 60%', verifiedAt: T0 + 61 * DAY, verifiedBy: director });
    expect(closed.verifications.map((v) => [v.effective, v.note, v.action])).toEqual([
      [false, '同类投诉未减少', '增加备用承运商'],
      [true, '同类投诉下降 60%', '更换承运商'],
    ]);
    expect(lastVerification(closed)).toMatchObject({ effective: true });
  });

  it('reads a record saved before verdicts were kept: its one verdict becomes its history, and 无效 leaves it open', () => {
    expect(currentImprovement(open).verifications).toEqual([]);
    expect(lastVerification(open)).toBeNull();
    const legacy = { ...open, status: 'verified', verificationNote: '无改善', verifiedAt: T0 + 31 * DAY, verifiedBy: director } as const;
    const ineffective = currentImprovement({ ...legacy, effective: false });
    expect(ineffective).toMatchObject({ status: 'open', effective: null, verifiedAt: null, verifiedBy: null });
    expect(ineffective.verifications).toEqual([
      { at: T0 + 31 * DAY, by: director, effective: false, note: '无改善', action: '增加备用承运商', dueAt: T0 + 30 * DAY },
    ]);
    const effective = currentImprovement({ ...legacy, effective: true });
    expect(effective).toMatchObject({ status: 'verified', effective: true, verifiedAt: T0 + 31 * DAY });
    expect(effective.verifications).toHaveLength(1);
  });
});
