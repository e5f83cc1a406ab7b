import { createTheme } from '@mantine/core';

/** The one theme of the app. */
export const theme = createTheme({
  primaryColor: 'teal',
  defaultRadius: 'sm',
  fontFamily:
    '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", system-ui, -apple-system, "Segoe UI", sans-serif',
  headings: { fontWeight: '600' },
});

/** Badge colour of each severity, used by every view that shows one. */
export const SEVERITY_COLOR = { general: 'gray', serious: 'orange', major: 'red' } as const;
