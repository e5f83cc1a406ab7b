import { adminMessages } from './areas/admin';
import { alertsMessages } from './areas/alerts';
import { dashboardMessages } from './areas/dashboard';
import { demoMessages } from './areas/demo';
import { flowMessages } from './areas/flow';
import { printMessages } from './areas/print';
import { reportsMessages } from './areas/reports';
import { trackingMessages } from './areas/tracking';
import { backupMessages } from './areas/backup';
import { importsMessages } from './areas/imports';
import { privacyMessages } from './areas/privacy';
import { erasureMessages } from './areas/erasure';
import { erasureReplyMessages } from './areas/erasure-reply';
import { securityMessages } from './areas/security';
import { suggestMessages } from './areas/suggest';
import { lexiconMessages } from './areas/lexicon';
import { similarMessages } from './areas/similar';
import { hotspotsMessages } from './areas/hotspots';
import { jobsMessages } from './areas/jobs';
import { accountsMessages } from './areas/accounts';
import { closingMessages } from './areas/closing';
import { referralMessages } from './areas/referral';
import { linksMessages } from './areas/links';
import { verificationRequestMessages } from './areas/verification-requests';
import { evidenceMessages } from './areas/evidence';
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
  backupMessages,
  importsMessages,
  securityMessages,
  privacyMessages,
  erasureMessages,
  erasureReplyMessages,
  suggestMessages,
  lexiconMessages,
  similarMessages,
  hotspotsMessages,
  jobsMessages,
  accountsMessages,
  closingMessages,
  referralMessages,
  linksMessages,
  verificationRequestMessages,
  evidenceMessages,
];

/** Adds `source`'s keys to `target`; a key defined twice is a programming error. */
function addKeys(target: Record<string, unknown>, source: Record<string, unknown>, path: string): void {
  for (const [key, value] of Object.entries(source)) {
    if (key in target) throw new Error(`i18n key defined twice: ${path}${key}`);
    target[key] = value;
  }
}

/** An area may bring error messages of its own codes (`errors.<prefix>`), merged one level down. */
function merge(language: 'zh-CN' | 'en', common: Record<string, unknown>): Record<string, unknown> {
  const { errors: commonErrors, ...rest } = common;
  const merged: Record<string, unknown> = { ...rest };
  const errors: Record<string, unknown> = { ...(commonErrors as Record<string, unknown>) };
  for (const area of AREAS) {
    const { errors: areaErrors, ...keys } = area[language] as Record<string, unknown>;
    addKeys(merged, keys, '');
    if (areaErrors) addKeys(errors, areaErrors as Record<string, unknown>, 'errors.');
  }
  merged.errors = errors;
  return merged;
}

export const resources = {
  'zh-CN': { translation: merge('zh-CN', zhCN) },
  en: { translation: merge('en', en) },
};
