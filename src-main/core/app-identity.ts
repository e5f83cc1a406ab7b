/** Must equal `appId` in electron-builder.yml (Windows notifications depend on it). */
export const APP_ID = 'cn.complaintdesk.desktop';
export const PRODUCT_NAME = 'Complaint Desk';

/** Environment variable that points the app at another user-data directory (tests, portable use). */
export const USER_DATA_ENV = 'COMPLAINT_DESK_USER_DATA';

/**
 * The only external addresses the app itself links to; `shell.openExternal`
 * refuses everything else.
 */
export const EXTERNAL_LINK_ORIGINS = ['https://www.12315.cn'] as const;

export function isAllowedExternalLink(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      (parsed.protocol === 'https:' || parsed.protocol === 'http:') &&
      (EXTERNAL_LINK_ORIGINS as readonly string[]).includes(parsed.origin)
    );
  } catch {
    return false;
  }
}
