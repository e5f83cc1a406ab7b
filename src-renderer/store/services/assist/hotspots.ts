import type { ServiceModule } from '../../rpc/define';

export const hotspotsHandlers = {} satisfies ServiceModule;
