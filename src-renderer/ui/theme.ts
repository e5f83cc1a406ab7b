import { createTheme, Select } from '@mantine/core';

/** The one theme of the app. */
export const theme = createTheme({
  primaryColor: 'teal',
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

/** Badge colour of each severity, used by every view that shows one. */
export const SEVERITY_COLOR = { general: 'gray', serious: 'orange', major: 'red' } as const;
