import type { ServiceModule } from '../../rpc/define';

export const repeatsHandlers = {} satisfies ServiceModule;
