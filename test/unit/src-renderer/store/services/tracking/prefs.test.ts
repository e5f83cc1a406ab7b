import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILT_IN_VIEW_IDS, BUILT_IN_VIEW_NAMES } from '../../../../../../src-renderer/domain/tracking/views';
import type { TrackingPrefs } from '../../../../../../src-renderer/store/services/tracking/prefs';
import { resources } from '../../../../../../src-renderer/ui/i18n/resources';
import { openTestStore, refusal, type TestStore } from '../../fixtures';

let store: TestStore;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

const view = (id: string, name: string) => ({ id, name, filter: { severities: ['major'] }, sort: { key: 'nextDueAt', dir: 'asc' } });

describe('saved views and table layout', () => {
  it('keeps each user their own views and layout', async () => {
    await store.run('tracking.saveView', { view: view('v1', '我的重大') });
    await store.run('tracking.saveLayout', { layout: { order: ['no', 'status'], hidden: ['channel'], widths: { no: 200 } } });
    const mine = await store.run<TrackingPrefs>('tracking.prefs', {});
    expect(mine.views).toHaveLength(1);
    expect(mine.views[0]).toMatchObject({ id: 'v1', name: '我的重大', filter: { severities: ['major'], archived: 'active' } });
    expect(mine.layout).toEqual({ order: ['no', 'status'], hidden: ['channel'], widths: { no: 200 } });
    const theirs = await store.run<TrackingPrefs>('tracking.prefs', {}, 'agent2');
    expect(theirs).toEqual({ views: [], layout: null });
  });

  it('replaces a view saved under the same id, refuses a second view of the same name, deletes', async () => {
    await store.run('tracking.saveView', { view: view('v1', '重大') });
    await store.run('tracking.saveView', { view: view('v1', '重大投诉跟进') });
    const clash = refusal(await store.send('tracking.saveView', { view: view('v2', '重大投诉跟进') }));
    expect(clash.fields).toEqual([{ field: 'view.name', code: 'trackingView.nameTaken' }]);
    expect((await store.run<TrackingPrefs>('tracking.prefs', {})).views.map((v) => v.name)).toEqual(['重大投诉跟进']);
    await store.run('tracking.deleteView', { id: 'v1' });
    expect((await store.run<TrackingPrefs>('tracking.prefs', {})).views).toEqual([]);
    expect(refusal(await store.send('tracking.deleteView', { id: 'v1' })).code).toBe('tracking.viewNotFound');
  });

  it('refuses a view under a built-in view’s name, in either language, however it is written', async () => {
    for (const name of ['全部', '已超时', 'All', ' all ', 'ＡＬＬ', 'my  open cases', 'Awaiting approval']) {
      const refused = refusal(await store.send('tracking.saveView', { view: view('v1', name) }));
      expect(refused.fields, name).toEqual([{ field: 'view.name', code: 'trackingView.builtInName' }]);
    }
    expect((await store.run<TrackingPrefs>('tracking.prefs', {})).views).toEqual([]);
    // A name that only contains one is the user's own.
    await store.run('tracking.saveView', { view: view('v1', '全部重大') });
    await store.run('tracking.saveView', { view: view('v2', 'All major') });
    expect((await store.run<TrackingPrefs>('tracking.prefs', {})).views.map((v) => v.name)).toEqual(['全部重大', 'All major']);
  });

  it('knows the built-in views by the names the UI gives them, in both languages', () => {
    for (const language of ['zh-CN', 'en'] as const) {
      const views = (resources[language].translation as { tracking: { views: Record<string, string> } }).tracking.views;
      for (const id of BUILT_IN_VIEW_IDS) expect(BUILT_IN_VIEW_NAMES[id][language], `${language} ${id}`).toBe(views[id]);
    }
  });

  it('validates views and layouts in the store', async () => {
    const blank = refusal(await store.send('tracking.saveView', { view: { ...view('v1', '  '), filter: { severities: ['huge'] } } }));
    expect(blank.fields?.map((f) => f.field)).toEqual(expect.arrayContaining(['view.name', 'view.filter.severities.0']));
    const layout = refusal(await store.send('tracking.saveLayout', { layout: { order: ['nope'], hidden: [], widths: { no: 5 } } }));
    expect(layout.code).toBe('validation.failed');
    expect(await store.db.prefs.count()).toBe(0);
  });

  it('drops stored entries an older version saved that are no longer valid, instead of failing', async () => {
    await store.db.prefs.put({ userId: 'u-agent', name: 'tracking.views', value: [view('ok', '有效'), { id: 'bad' }] });
    await store.db.prefs.put({ userId: 'u-agent', name: 'tracking.layout', value: { order: 'nonsense' } });
    const prefs = await store.run<TrackingPrefs>('tracking.prefs', {});
    expect(prefs.views.map((v) => v.id)).toEqual(['ok']);
    expect(prefs.layout).toBeNull();
  });
});
