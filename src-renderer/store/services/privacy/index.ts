import type { ServiceModule } from '../../rpc/define';

/** 个人信息: a customer's data export, anonymisation after the retention period. */
export const privacyService = {} satisfies ServiceModule;
