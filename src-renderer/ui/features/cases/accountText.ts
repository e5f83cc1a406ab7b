import type { TFunction } from 'i18next';
import type { CaseRecord } from '../../../domain/cases/case';

/**
 * 社交/应用账号 as the case page, the printed forms and the customer's workbook show it: “微信：
 * zhangsan_88” (masked for roles without `contacts.view`: the store host sends it so), '' for none.
 */
export function socialAccountText(t: TFunction, record: Pick<CaseRecord, 'socialPlatform' | 'socialAccount'>): string {
  if (!record.socialPlatform || !record.socialAccount) return '';
  return t('socialAccount.value', { platform: t(`socialPlatform.${record.socialPlatform}`), account: record.socialAccount });
}
