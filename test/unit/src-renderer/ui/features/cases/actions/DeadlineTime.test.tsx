import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CaseRecord } from '../../../../../../../src-renderer/domain/cases/case';
import { CasePage } from '../../../../../../../src-renderer/ui/features/cases/CasePage';
import { deadlineTimeOfDay } from '../../../../../../../src-renderer/ui/features/cases/actions/dates';
import { DEFAULT_SETTINGS } from '../../../../../../../src-renderer/domain/settings/settings';
import { teardown } from '../../../render';
import { renderAsSomeone, walkTo } from '../staff-kit';

afterEach(() => {
  vi.restoreAllMocks();
  return teardown();
});

let record: CaseRecord | undefined;
function LazyPage() {
  return <CasePage id={record!.id} />;
}

describe('a deadline picked by its day', { timeout: 60_000 }, () => {
  it('is due at the end of the working day, not at midnight (which would have it pass as the day before ends)', () => {
    expect(deadlineTimeOfDay(undefined)).toBe('18:00');
    expect(deadlineTimeOfDay({ calendar: { ...DEFAULT_SETTINGS.calendar, dayEnd: 17 * 60 + 30 } })).toBe('17:30');
    expect(deadlineTimeOfDay({ calendar: { ...DEFAULT_SETTINGS.calendar, dayEnd: 24 * 60 } })).toBe('23:59');
  });

  it('申请延期: a day chosen in the calendar reads 18:00; the calendar reads its month and days in Chinese order', async () => {
    // jsdom lays nothing out: the dropdown's focus trap finds nothing to focus at first and says so.
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await renderAsSomeone(<LazyPage />, 'agent', async (act, agentId) => {
      record = await walkTo(act, agentId, 'executing');
    });
    fireEvent.click(await screen.findByRole('button', { name: '申请延期' }, { timeout: 15_000 }));
    const dialog = await screen.findByRole('dialog', { name: '申请延期' });
    const field = within(dialog).getByRole('button', { name: /申请的新时限/ });
    act(() => field.focus());
    fireEvent.click(field);
    const dropdown = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('[data-dates-dropdown]');
      if (!found) throw new Error('no dropdown');
      return found;
    });
    // The calendar speaks Chinese in Chinese order: 2026年12月, a day read aloud as 2026年12月8日.
    expect(dropdown.querySelector('[class*="calendarHeaderLevel"]')!.textContent).toMatch(/^\d{4}年\d{1,2}月$/);
    expect(dropdown.querySelector('table button')!.getAttribute('aria-label')).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
    // The last day of the month shown that may be chosen.
    const days = [...dropdown.querySelectorAll<HTMLButtonElement>('table button')].filter((day) => !day.disabled && !day.hasAttribute('data-outside'));
    fireEvent.click(days.at(-1)!);
    fireEvent.click(await screen.findByRole('button', { name: '确定', hidden: true }));
    await waitFor(() => expect(field.textContent).toMatch(/^\d{4}-\d{2}-\d{2} 18:00$/));
  });
});
