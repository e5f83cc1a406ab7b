import { adminMessages } from './areas/admin';
import { alertsMessages } from './areas/alerts';
import { dashboardMessages } from './areas/dashboard';
import { demoMessages } from './areas/demo';
import { flowMessages } from './areas/flow';
import { printMessages } from './areas/print';
import { reportsMessages } from './areas/reports';
import { trackingMessages } from './areas/tracking';
import { en } from './en';
import { zhCN } from './zh-CN';

/**
 * Areas with many strings of their own keep them in `areas/<area>.ts`; their
 * top-level keys are merged with the common messages here.
 */
const AREAS: Array<{ 'zh-CN': Record<string, unknown>; en: Record<string, unknown> }> = [
  flowMessages,
  adminMessages,
  trackingMessages,
  demoMessages,
  alertsMessages,
  dashboardMessages,
  reportsMessages,
  printMessages,
];

function merge(language: 'zh-CN' | 'en', common: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...common };
  for (const area of AREAS) {
    for (const [key, value] of Object.entries(area[language])) {
      if (key in merged) throw new Error(`i18n key defined twice: ${key}`);
      merged[key] = value;
    }
  }
  return merged;
}

export const resources = {
  'zh-CN': { translation: merge('zh-CN', zhCN) },
  en: { translation: merge('en', en) },
};
