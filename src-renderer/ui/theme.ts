import dayjs from 'dayjs';
import { createTheme, DEFAULT_THEME, mergeThemeOverrides, Modal, PasswordInput, Select, type CSSVariablesResolver, type MantineColorsTuple, type MantineThemeOverride } from '@mantine/core';
import { DatePickerInput, DateTimePicker, MonthPickerInput, TimePicker } from '@mantine/dates';
import { DAY_PICKER_FOCUS, MONTH_PICKER_FOCUS } from './components/pickerFocus';

/** A Mantine palette with a darker shade 9. */
function darkerNine(name: keyof typeof DEFAULT_THEME.colors, nine: string): MantineColorsTuple {
  const shades = [...DEFAULT_THEME.colors[name]!];
  shades[9] = nine;
  return shades as unknown as MantineColorsTuple;
}

/**
 * Shade 9 is both the filled colour (white text on it: buttons, severity badges) and the text of
 * the light variant on shade 1 (status badges, the active navigation item). Mantine's own shade 9
 * of these palettes reads under WCAG AA's 4.5:1 one way or the other (orange white-on 4.3:1,
 * teal on its light background 4.3:1, yellow 2.7:1); these read at 4.6:1 or better both ways.
 */
const READABLE_PALETTES = {
  teal: darkerNine('teal', '#077653'),
  orange: darkerNine('orange', '#b8420f'),
  yellow: darkerNine('yellow', '#946200'),
  green: darkerNine('green', '#26753a'),
  lime: darkerNine('lime', '#466f0e'),
};

/**
 * The one theme of the app. Its shade of teal is the darkest: white on a button and teal text on
 * white (case numbers, links, figures) then read at 5:1, past WCAG AA's 4.5:1 (Mantine's default
 * shade 6 gives 2.5:1, hard to read in a bright office).
 */
export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: 9,
  colors: READABLE_PALETTES,
  defaultRadius: 'sm',
  fontFamily:
    '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", system-ui, -apple-system, "Segoe UI", sans-serif',
  headings: { fontWeight: '600' },
  components: {
    // Picking the option already chosen keeps it (Mantine's default clears it, unseen until the form
    // refuses the empty field). A choice that may be left empty says so with `clearable`.
    Select: Select.extend({ defaultProps: { allowDeselect: false } }),
    // Focus goes back to the field when a date picker closes, and stays in its calendar when the
    // calendar changes level or page; Mantine's pickers drop it to the page (see pickerFocus).
    DateTimePicker: DateTimePicker.extend({ defaultProps: DAY_PICKER_FOCUS }),
    DatePickerInput: DatePickerInput.extend({ defaultProps: DAY_PICKER_FOCUS }),
    MonthPickerInput: MonthPickerInput.extend({ defaultProps: MONTH_PICKER_FOCUS }),
  },
});

/** The names of Mantine's own icon buttons and fields, in the language of the app. */
export interface ControlLabels {
  close: string;
  clear: string;
  previous: string;
  next: string;
  confirm: string;
  hours: string;
  minutes: string;
  showPassword: string;
  /** How a calendar names its month (2026年12月, December 2026) and year, and reads a day aloud (2026年12月8日): dayjs formats. */
  monthFormat: string;
  yearFormat: string;
  dayFormat: string;
}

/**
 * The theme with Mantine's unnamed controls named for screen readers: a dialog's ×, the calendar's
 * arrows and ✓, the time fields. A clearable select's × is a tab stop too, so a choice made by
 * mistake can be removed with the keyboard (picking it again keeps it: see above).
 */
export function themeWith(labels: ControlLabels): MantineThemeOverride {
  const calendar = {
    previousLabel: labels.previous,
    nextLabel: labels.next,
    // In the language's own order: 2026年12月, not 十二月 2026 (the default MMMM YYYY in Chinese).
    monthLabelFormat: labels.monthFormat,
    yearLabelFormat: labels.yearFormat,
    getDayAriaLabel: (date: string) => dayjs(date).format(labels.dayFormat),
  };
  const time = { hoursInputLabel: labels.hours, minutesInputLabel: labels.minutes };
  return mergeThemeOverrides(theme, {
    components: {
      Select: Select.extend({
        defaultProps: {
          allowDeselect: false,
          clearButtonProps: { tabIndex: 0, 'aria-hidden': false, 'aria-label': labels.clear, onClick: refocusField },
        },
      }),
      PasswordInput: PasswordInput.extend({ defaultProps: { visibilityToggleButtonProps: { 'aria-label': labels.showPassword } } }),
      Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': labels.close } } }),
      DateTimePicker: DateTimePicker.extend({
        defaultProps: { ...calendar, submitButtonProps: { 'aria-label': labels.confirm }, timePickerProps: time },
      }),
      DatePickerInput: DatePickerInput.extend({ defaultProps: calendar }),
      MonthPickerInput: MonthPickerInput.extend({ defaultProps: calendar }),
      TimePicker: TimePicker.extend({ defaultProps: time }),
    },
  });
}

/** The × of a select leaves with the value it cleared: focus goes back to the field, not to the page. */
function refocusField(event: { currentTarget: HTMLElement }): void {
  event.currentTarget.closest('.mantine-Input-wrapper')?.querySelector<HTMLInputElement>('input:not([type="hidden"])')?.focus();
}

/**
 * Hints and captions (`c="dimmed"`): a grey that reads at 6:1 on white and 5.8:1 on the light grey
 * of panels, where Mantine's grey 6 gives 3.3:1.
 */
export const DIMMED_TEXT = '#5c636a';

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': DIMMED_TEXT },
  dark: {},
});

/** Badge colour of each severity, used by every view that shows one. */
export const SEVERITY_COLOR = { general: 'gray', serious: 'orange', major: 'red' } as const;
