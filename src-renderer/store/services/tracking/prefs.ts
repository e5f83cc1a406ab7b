import { z } from 'zod';
import { DeskError } from '../../../domain/common/errors';
import { TableLayoutSchema, type TableLayout } from '../../../domain/tracking/columns';
import { isBuiltInViewName, MAX_SAVED_VIEWS, SavedViewSchema, viewNameKey, type SavedView } from '../../../domain/tracking/views';
import { savedViews, VIEWS_PREF } from '../../core/saved-views';
import { command, query, type StoreContext } from '../../rpc/define';

const LAYOUT = 'tracking.layout';

export interface TrackingPrefs {
  views: SavedView[];
  layout: TableLayout | null;
}

async function readPrefs({ db, actor }: StoreContext): Promise<TrackingPrefs> {
  const [views, layout] = await db.prefs.bulkGet([
    [actor!.id, VIEWS_PREF],
    [actor!.id, LAYOUT],
  ]);
  const parsedLayout = TableLayoutSchema.safeParse(layout?.value);
  return { views: savedViews(views?.value), layout: parsedLayout.success ? parsedLayout.data : null };
}

/** The signed-in user's saved views and table layout. */
export const prefs = query(z.object({}), (ctx) => readPrefs(ctx));

/** Saves (or replaces, by id) one of the user's own views. */
export const saveView = command(z.object({ view: SavedViewSchema }), async (ctx, { view }) => {
  const { db, actor } = ctx;
  return db.transaction('rw', db.prefs, async () => {
    const { views } = await readPrefs(ctx);
    const others = views.filter((v) => v.id !== view.id);
    if (isBuiltInViewName(view.name)) {
      throw new DeskError({ code: 'validation.failed', fields: [{ field: 'view.name', code: 'trackingView.builtInName' }] });
    }
    // Told apart as a reader tells names apart (ＶＩＰ is VIP), as the built-in names are.
    if (others.some((v) => viewNameKey(v.name) === viewNameKey(view.name))) {
      throw new DeskError({ code: 'validation.failed', fields: [{ field: 'view.name', code: 'trackingView.nameTaken' }] });
    }
    if (others.length >= MAX_SAVED_VIEWS) throw new DeskError({ code: 'tracking.tooManyViews', params: { max: MAX_SAVED_VIEWS } });
    const next = [...others, view];
    await db.prefs.put({ userId: actor!.id, name: VIEWS_PREF, value: next });
    ctx.changed('prefs', actor!.id);
    return next;
  });
});

export const deleteView = command(z.object({ id: z.string().min(1).max(60) }), async (ctx, { id }) => {
  const { db, actor } = ctx;
  return db.transaction('rw', db.prefs, async () => {
    const { views } = await readPrefs(ctx);
    if (!views.some((v) => v.id === id)) throw new DeskError({ code: 'tracking.viewNotFound' });
    const next = views.filter((v) => v.id !== id);
    await db.prefs.put({ userId: actor!.id, name: VIEWS_PREF, value: next });
    ctx.changed('prefs', actor!.id);
    return next;
  });
});

export const saveLayout = command(z.object({ layout: TableLayoutSchema }), async (ctx, { layout }) => {
  await ctx.db.prefs.put({ userId: ctx.actor!.id, name: LAYOUT, value: layout });
  ctx.changed('prefs', ctx.actor!.id);
  return layout;
});
