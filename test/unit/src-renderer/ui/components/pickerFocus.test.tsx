import { MantineProvider } from '@mantine/core';
import { DatePickerInput, DateTimePicker } from '@mantine/dates';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { themeWith } from '../../../../../src-renderer/ui/theme';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const LABELS = { close: 'Close', clear: 'Clear', previous: 'Previous', next: 'Next', confirm: 'Confirm', hours: 'Hours', minutes: 'Minutes', showPassword: 'Show', monthFormat: 'MMMM YYYY', yearFormat: 'YYYY', dayFormat: 'D MMMM YYYY' };

/** The dropdown of the picker open: its field focused and pressed, as Enter on it does. */
async function open(field: HTMLElement): Promise<HTMLElement> {
  act(() => field.focus());
  fireEvent.click(field);
  return waitFor(() => {
    const dropdown = document.querySelector<HTMLElement>('[data-dates-dropdown]');
    if (!dropdown) throw new Error('no dropdown');
    return dropdown;
  });
}

/** Presses a control of the calendar from the keyboard: focused, then clicked (Enter on a button). */
function press(control: HTMLElement): void {
  act(() => control.focus());
  fireEvent.click(control);
}

const levelButton = (dropdown: HTMLElement) => dropdown.querySelector<HTMLElement>('[class*="calendarHeaderLevel"]')!;
const cellInTabOrder = (dropdown: HTMLElement) => dropdown.querySelector<HTMLElement>('table [tabindex="0"]');

describe('the theme’s date pickers keep keyboard focus', () => {
  // jsdom lays nothing out, so the dropdown's focus trap finds nothing to focus at first and says so.
  const quiet = () => vi.spyOn(console, 'warn').mockImplementation(() => undefined);

  it('opens on the calendar’s day in tab order (today’s, or the one chosen), not on the month in the header', async () => {
    quiet();
    render(
      <MantineProvider theme={themeWith(LABELS)}>
        <DatePickerInput label="Empty" />
        <DatePickerInput label="Chosen" defaultValue="2026-03-14" />
      </MantineProvider>,
    );
    let dropdown = await open(screen.getByRole('button', { name: 'Empty' }));
    await waitFor(() => expect(document.activeElement).toBe(cellInTabOrder(dropdown)));
    expect(document.activeElement?.closest('table')).not.toBeNull();
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    await waitFor(() => expect(document.querySelector('[data-dates-dropdown]')).toBeNull());
    dropdown = await open(screen.getByRole('button', { name: /Chosen/ }));
    await waitFor(() => expect(document.activeElement).toBe(cellInTabOrder(dropdown)));
    expect(document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent).toMatch(/14/);
  });

  it('in the calendar when its level changes (the month in the header, then a month)', async () => {
    quiet();
    render(
      <MantineProvider theme={themeWith(LABELS)}>
        <DateTimePicker label="Deadline" />
      </MantineProvider>,
    );
    const dropdown = await open(screen.getByRole('button', { name: 'Deadline' }));
    const header = levelButton(dropdown);
    const month = header.textContent;
    press(header);
    await waitFor(() => expect(levelButton(dropdown).textContent).not.toBe(month));
    // The year view: focus on its month in tab order, not on the page.
    await waitFor(() => expect(document.activeElement).toBe(cellInTabOrder(dropdown)));
    press(cellInTabOrder(dropdown)!);
    await waitFor(() => expect(levelButton(dropdown).textContent).toBe(month));
    await waitFor(() => expect(document.activeElement).toBe(cellInTabOrder(dropdown)));
    expect(document.activeElement?.closest('table')).not.toBeNull();
  });

  it('on the field once a day is picked and the dropdown closes', async () => {
    quiet();
    render(
      <MantineProvider theme={themeWith(LABELS)}>
        <DatePickerInput label="From" />
      </MantineProvider>,
    );
    const field = screen.getByRole('button', { name: 'From' });
    const dropdown = await open(field);
    press(cellInTabOrder(dropdown)!);
    await waitFor(() => expect(field.textContent).not.toBe(''));
    await waitFor(() => expect(document.activeElement).toBe(field));
  });
});
