import { z } from 'zod';
import type { HotspotsAnswer } from '../../../domain/assist/hotspots';
import { hotspotsAt } from '../../assist/hotspots';
import { readSettings } from '../../core/settings';
import { query, type ServiceModule } from '../../rpc/define';

/**
 * 批量投诉苗头: categories, products and keywords that rose in the last days
 * against the weeks before (`assist.hotspots` settings), for everyone who sees
 * the dashboard. The answer names categories, products and words, no customer.
 */
const hotspots = query(z.object({}), async ({ db, now }): Promise<HotspotsAnswer> => {
  const { assist } = await readSettings(db);
  return hotspotsAt(db, assist.hotspots, now());
});

export const hotspotsHandlers = {
  'assist.hotspots': hotspots,
} satisfies ServiceModule;
