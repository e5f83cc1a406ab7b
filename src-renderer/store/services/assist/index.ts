import type { ServiceModule } from '../../rpc/define';
import { hotspotsHandlers } from './hotspots';
import { repeatsHandlers } from './repeats';
import { similarHandlers } from './similar';
import { suggestHandlers } from './suggest';

/**
 * 智能辅助: on-device suggestions (category, severity, emotion), repeat
 * complainants, similar past cases and hot-spot warnings, all computed in the
 * store host from the desk's own data.
 */
export const assistService = {
  ...suggestHandlers,
  ...similarHandlers,
  ...repeatsHandlers,
  ...hotspotsHandlers,
} satisfies ServiceModule;
