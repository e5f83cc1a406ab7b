import type { ServiceModule } from '../../rpc/define';

/** 历史投诉导入. */
export const importsService = {} satisfies ServiceModule;
