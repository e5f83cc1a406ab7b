import { z } from 'zod';
import { SavedViewSchema, type SavedView } from '../../domain/tracking/views';

/** Name of the `prefs` row holding a user's saved tracking views (the tracking service's; a department rename widens their filters). */
export const VIEWS_PREF = 'tracking.views';

/** A user's saved views as stored, read leniently: anything an older version stored that is no longer valid is dropped, not fatal. */
export function savedViews(stored: unknown): SavedView[] {
  const parsed = z.array(z.unknown()).safeParse(stored);
  return (parsed.success ? parsed.data : []).flatMap((view) => {
    const one = SavedViewSchema.safeParse(view);
    return one.success ? [one.data] : [];
  });
}
