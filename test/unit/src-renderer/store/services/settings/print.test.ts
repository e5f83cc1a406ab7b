import { afterEach, describe, expect, it } from 'vitest';
import type { Settings } from '../../../../../../src-renderer/domain/settings/settings';
import { ok, openTestStore, refusal, type TestStore } from '../../fixtures';

let store: TestStore;
afterEach(() => store?.close());

describe('print settings', () => {
  it('default to A4 with 15 mm margins and forms in Chinese, and keep what the administrator sets', async () => {
    store = await openTestStore();
    expect(ok<Settings>(await store.send('settings.get', {}, 'agent')).print).toEqual({ paper: 'A4', marginsMm: 15, formsLanguage: 'zh-CN' });
    ok(await store.send('settings.update', { key: 'print', value: { paper: 'A4', marginsMm: 15, formsLanguage: 'ui' } }, 'admin'));
    expect(ok<Settings>(await store.send('settings.get', {}, 'agent')).print.formsLanguage).toBe('ui');
    // Saved before the forms' language existed: no language, read as Chinese by the print views.
    ok(await store.send('settings.update', { key: 'print', value: { paper: 'Letter', marginsMm: 12.5 } }, 'admin'));
    expect(ok<Settings>(await store.send('settings.get', {}, 'agent')).print).toEqual({ paper: 'Letter', marginsMm: 12.5 });
  });

  it('refuses paper it cannot print on and margins a printer would cut, saving nothing', async () => {
    store = await openTestStore();
    const paper = refusal(await store.send('settings.update', { key: 'print', value: { paper: 'A3', marginsMm: 15 } }, 'admin'));
    expect(paper.fields?.[0]).toMatchObject({ field: 'print.paper', code: 'validation.chooseOne' });
    const margins = refusal(await store.send('settings.update', { key: 'print', value: { paper: 'A4', marginsMm: 3 } }, 'admin'));
    expect(margins.fields).toEqual([{ field: 'print.marginsMm', code: 'settings.outOfRange', params: { min: 8, max: 40 } }]);
    const language = refusal(await store.send('settings.update', { key: 'print', value: { paper: 'A4', marginsMm: 15, formsLanguage: 'fr' } }, 'admin'));
    expect(language.fields?.[0]).toMatchObject({ field: 'print.formsLanguage', code: 'validation.chooseOne' });
    expect(refusal(await store.send('settings.update', { key: 'print', value: { paper: 'A4', marginsMm: 20 } }, 'agent')).code).toBe('auth.forbidden');
    expect(await store.db.settings.get('print')).toBeUndefined();
  });
});
