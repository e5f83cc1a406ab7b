import type { ServiceModule } from '../../rpc/define';

export const similarHandlers = {} satisfies ServiceModule;
