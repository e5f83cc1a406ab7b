import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { officialDays } from '../../../../../../src-renderer/domain/clocks/calendar';
import { ReferralDeadlineInput } from '../../../../../../src-renderer/ui/features/intake/ReferralDeadlineInput';
import { renderWithStore, teardown } from '../../render';

afterEach(teardown);

/** The last year whose public holidays this build knows. */
const lastKnown = Math.max(...officialDays().holidays.map((day) => Number(day.slice(0, 4))));

function input(receivedAt: number) {
  return <ReferralDeadlineInput value={{ by: 'workingDays', days: 10, dueAt: '' }} onChange={() => undefined} receivedAt={receivedAt} />;
}

describe('转办反馈时限 in working days', { timeout: 30_000 }, () => {
  it('warns when the days run into a year whose public holidays the desk does not know yet', async () => {
    await renderWithStore(input(new Date(lastKnown, 11, 24, 10).getTime()));
    const said = await screen.findByText(/^截止于 /);
    expect(said.textContent).toContain(`系统还没有 ${lastKnown + 1} 年的法定节假日，这段时间只扣除了周六、周日，请核对`);
  });

  it('says only the date inside a known year', async () => {
    await renderWithStore(input(new Date(lastKnown, 5, 1, 10).getTime()));
    const said = await screen.findByText(/^截止于 /);
    expect(said.textContent).not.toContain('法定节假日');
  });
});
