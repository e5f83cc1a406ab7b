import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import { sentBack } from '../../../../../../src-renderer/domain/grading/returns';
import { DEFAULT_SETTINGS } from '../../../../../../src-renderer/domain/settings/settings';
import { formatDateTime } from '../../../../../../src-renderer/ui/components/format';
import { nextStepHint } from '../../../../../../src-renderer/ui/features/cases/nextStep';
import { closedCase } from '../../../domain/privacy/fixtures';
import { translator } from '../../../ui/i18n/translator';

let zh: TFunction;
let en: TFunction;
beforeAll(async () => {
  zh = await translator('zh-CN');
  en = await translator('en');
});

const director = { id: 'u-d', name: '总监周' };

/** The fixture case back at grading or planning, its grading or plan unapproved and, when `returned`, sent back. */
function waiting(status: 'grading' | 'planning', returned: boolean): CaseRecord {
  const base = { ...closedCase(), status, closedAt: null, archived: 0 as const };
  if (status === 'grading') {
    const grading = { ...base.grading!, approvedAt: null, approvedBy: null };
    return { ...base, grading: returned ? sentBack(grading, '请补充监管转办单号', 10, director) : grading, plan: null };
  }
  const plan = { ...base.plan!, approvedAt: null, approvedBy: null, legalOpinion: null };
  return { ...base, plan: returned ? sentBack(plan, '补偿方式请与财务确认', 10, director) : plan };
}

describe('nextStepHint', () => {
  it('says a grading or plan sent back is to be revised and resubmitted, not merely submitted', () => {
    expect(nextStepHint(zh, waiting('grading', true))).toBe('定级已被退回，请客服专员或客服主管按退回原因修改后重新提交。');
    expect(nextStepHint(zh, waiting('planning', true))).toBe('处理方案已被退回，请客服专员或客服主管按退回原因修改后重新提交。');
    expect(nextStepHint(en, waiting('grading', true))).toMatch(/^The grading was sent back/);
  });

  it('keeps the plain line for a first submission', () => {
    expect(nextStepHint(zh, waiting('grading', false))).toBe('等待客服专员或客服主管提交分类定级。');
    expect(nextStepHint(zh, waiting('planning', false))).toBe('等待客服专员或客服主管制定并提交处理方案。');
  });
});

describe('nextStepHint on a closed case', () => {
  const DAY = 86_400_000;
  const closed = { ...closedCase(), archived: 0 as const };
  const end = closed.closedAt! + DEFAULT_SETTINGS.lifecycle.qualityReturnDays * DAY;

  it('says until when quality review may send it back, the last instant included', () => {
    expect(nextStepHint(zh, closed, DEFAULT_SETTINGS, closed.closedAt! + DAY)).toBe(
      `已关闭。质量复核期限至 ${formatDateTime(end)}，在此之前客服主管可退回重新处理。`,
    );
    expect(nextStepHint(zh, closed, DEFAULT_SETTINGS, end)).toMatch(/^已关闭。质量复核期限至 /);
    expect(nextStepHint(en, closed, DEFAULT_SETTINGS, end)).toMatch(/^Closed\. The quality review period runs until /);
  });

  it('says the quality review period ended, and when, once it has', () => {
    expect(nextStepHint(zh, closed, DEFAULT_SETTINGS, end + 1)).toBe(`已关闭。质量复核期限已于 ${formatDateTime(end)} 结束，不能再退回重新处理。`);
    // A centre with a shorter period: the window follows the settings.
    const short = { ...DEFAULT_SETTINGS, lifecycle: { ...DEFAULT_SETTINGS.lifecycle, qualityReturnDays: 3 } };
    expect(nextStepHint(en, closed, short, closed.closedAt! + 4 * DAY)).toBe(
      `Closed. The quality review period ended on ${formatDateTime(closed.closedAt! + 3 * DAY)}; the case can no longer be sent back for re-handling.`,
    );
  });
});

describe('nextStepHint on an archived case', () => {
  it('says its handling has ended, and that the record-keeping below (merged customers told, legal holds) still can be done', () => {
    const archived = { ...closedCase(), archived: 1 as const };
    expect(nextStepHint(zh, archived, DEFAULT_SETTINGS)).toBe('本投诉单已归档，办理已结束：可以查看和打印；告知并入投诉的客户、法律保留等记录事项仍可在下方办理。');
  });
});
