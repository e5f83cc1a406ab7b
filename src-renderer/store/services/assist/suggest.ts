import type { ServiceModule } from '../../rpc/define';

export const suggestHandlers = {} satisfies ServiceModule;
