import { createTheme, Select, type CSSVariablesResolver } from '@mantine/core';

/**
 * The one theme of the app. Its shade of teal is the darkest: white on a button and teal text on
 * white (case numbers, links, figures) then read at 5:1, past WCAG AA's 4.5:1 (Mantine's default
 * shade 6 gives 2.5:1, hard to read in a bright office).
 */
export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: 9,
  defaultRadius: 'sm',
  fontFamily:
    '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", system-ui, -apple-system, "Segoe UI", sans-serif',
  headings: { fontWeight: '600' },
  components: {
    // Picking the option already chosen keeps it (Mantine's default clears it, unseen until the form
    // refuses the empty field). A choice that may be left empty says so with `clearable`.
    Select: Select.extend({ defaultProps: { allowDeselect: false } }),
  },
});

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
