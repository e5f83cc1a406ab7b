import type { ServiceModule } from '../../rpc/define';

/** 备份与恢复. */
export const backupService = {} satisfies ServiceModule;
