/**
 * Keyboard focus in Mantine's date pickers (DateTimePicker, DatePickerInput, MonthPickerInput),
 * given to every picker of the desk through the theme's default props.
 *
 * Left to Mantine, the dropdown opens with focus on its first control (the previous-month arrow or
 * the month in the header), so a keyboard user tabs on to reach a day. It opens here on the
 * calendar's day in tab order: the chosen one, else today's (or the month, or the year).
 *
 * Left to Mantine, focus also falls to the page twice, and the next Tab leaves a dialog:
 * - when the dropdown closes (✓, Enter in the time, a day picked, Escape), because its popover does
 *   not return focus (`returnFocus: false`) and the control that closed it disappears. Returned
 *   here to the field's button, as a select does;
 * - when the calendar changes level (the month in the header → the year view, a month chosen → the
 *   days, the `y` key) or pages to the last month allowed, because the control that had focus is
 *   replaced or disabled. Focus then goes to the calendar's day, month or year in tab order (the
 *   one chosen, else today's), else to the first control of the dropdown.
 *
 * Theme defaults are not merged into a picker's own props: a picker given its own `popoverProps`
 * or `onLevelChange`/paging callbacks must carry these along (none in the desk does).
 */

const DROPDOWN = '[data-dates-dropdown]';
/** The day, month or year of the calendar that Tab reaches (Mantine gives the others tabindex -1). */
const CELL_IN_TAB_ORDER = 'table [tabindex="0"]:not(:disabled)';
const FIRST_CONTROL = 'button:not(:disabled):not([tabindex="-1"]), input:not(:disabled):not([tabindex="-1"]), select:not(:disabled)';
const FRAMES_TO_WAIT = 5;

/**
 * Called as a dropdown opens, with focus on the field pressed: once the dropdown is drawn and its
 * focus trap has put focus on its first control (or found none to focus), focus moves to the
 * calendar's cell in tab order.
 */
function focusCalendarOnOpen(): void {
  const field = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  if (field) focusCellOnceOpen(field, FRAMES_TO_WAIT);
}

function focusCellOnceOpen(field: HTMLElement, frames: number): void {
  requestAnimationFrame(() => {
    const active = document.activeElement;
    const controls = field.getAttribute('aria-controls');
    const dropdown = controls ? document.getElementById(controls) : null;
    const cell = dropdown?.querySelector<HTMLElement>(CELL_IN_TAB_ORDER);
    // Focus taken by the trap, or left on the field by a trap that found nothing focusable: moved to the
    // cell. Left on the field for now while the trap may still take it; anywhere else, it is the user's.
    const trapped = !!dropdown && dropdown.contains(active) && active !== cell;
    if (cell && (trapped || (active === field && frames <= FRAMES_TO_WAIT - FRAMES_FOR_TRAP))) return cell.focus();
    if ((active === field || !cell) && frames > 1) focusCellOnceOpen(field, frames - 1);
  });
}

/** Frames in which the dropdown's focus trap takes focus (it waits for a timeout after it is drawn). */
const FRAMES_FOR_TRAP = 2;

/** The dropdown's popover: focus stays in it while open and goes back to the field when it closes. */
export const PICKER_POPOVER = { returnFocus: true, trapFocus: true, onOpen: focusCalendarOnOpen } as const;

/**
 * Called as a calendar changes level or pages (before the change is drawn): once it is drawn, if
 * the control that had focus is gone or disabled, focus moves to the calendar's cell in tab order.
 */
export function keepFocusInCalendar(): void {
  const had = document.activeElement;
  const dropdown = had instanceof HTMLElement ? had.closest<HTMLElement>(DROPDOWN) : null;
  if (dropdown) rescueFocus(dropdown, had as HTMLElement, FRAMES_TO_WAIT);
}

function rescueFocus(dropdown: HTMLElement, had: HTMLElement, frames: number): void {
  requestAnimationFrame(() => {
    if (!dropdown.isConnected) return;
    const now = document.activeElement;
    const lost = !now || now === document.body || !now.isConnected || (dropdown.contains(now) && now.matches(':disabled'));
    if (lost) {
      (dropdown.querySelector<HTMLElement>(CELL_IN_TAB_ORDER) ?? dropdown.querySelector<HTMLElement>(FIRST_CONTROL))?.focus();
      return;
    }
    // Still on the control pressed: the change may not be drawn yet.
    if (now === had && frames > 1) rescueFocus(dropdown, had, frames - 1);
  });
}

/** What a calendar of months and years calls on a change of level or page. */
const CALENDAR_FOCUS = {
  onLevelChange: keepFocusInCalendar,
  onNextYear: keepFocusInCalendar,
  onPreviousYear: keepFocusInCalendar,
  onNextDecade: keepFocusInCalendar,
  onPreviousDecade: keepFocusInCalendar,
};

/** Default props of a picker whose dropdown is a month picker (MonthPickerInput). */
export const MONTH_PICKER_FOCUS = { popoverProps: PICKER_POPOVER, ...CALENDAR_FOCUS };

/** Default props of a picker whose dropdown shows days (DateTimePicker, DatePickerInput). */
export const DAY_PICKER_FOCUS = { ...MONTH_PICKER_FOCUS, onNextMonth: keepFocusInCalendar, onPreviousMonth: keepFocusInCalendar };
