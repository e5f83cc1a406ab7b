import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../../../src-renderer/domain/settings/settings';
import { formatDateTime } from '../../../../../../src-renderer/ui/components/format';
import { ActionBar } from '../../../../../../src-renderer/ui/features/cases/ActionBar';
import { closedCase } from '../../../domain/privacy/fixtures';
import { teardown } from '../../render';
import { renderAsSomeone } from './staff-kit';

afterEach(teardown);

const DAY = 86_400_000;
const PERIOD = DEFAULT_SETTINGS.lifecycle.qualityReturnDays * DAY;

/** The 下一步 panel of a case closed `ago` ms before now, as the supervisor who may send it back sees it. */
async function nextStepOfCaseClosed(ago: number) {
  const closedAt = Date.now() - ago;
  const record = { ...closedCase(), archived: 0 as const, closedAt };
  await renderAsSomeone(<ActionBar record={record} settings={DEFAULT_SETTINGS} />, 'supervisor', async () => undefined);
  const panel = await screen.findByRole('region', { name: '下一步' });
  return { panel, end: closedAt + PERIOD, hint: within(panel).getByRole('status').textContent ?? '' };
}

describe('下一步 of a closed case', { timeout: 30_000 }, () => {
  it('within the quality review period: until when, and the supervisor’s button to send it back', async () => {
    const { panel, end, hint } = await nextStepOfCaseClosed(2 * DAY);
    expect(hint).toContain(`质量复核期限至 ${formatDateTime(end)}`);
    expect(within(panel).getByRole('button', { name: '质量复核退回' })).toBeTruthy();
  });

  it('after it: the period ended, on which date, and no button', async () => {
    const { panel, end, hint } = await nextStepOfCaseClosed(PERIOD + DAY);
    expect(hint).toContain(`质量复核期限已于 ${formatDateTime(end)} 结束，不能再退回重新处理。`);
    expect(hint).not.toContain('可在质量复核期限内退回');
    expect(within(panel).queryByRole('button', { name: '质量复核退回' })).toBeNull();
  });
});
