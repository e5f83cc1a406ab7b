import { describe, expect, it } from 'vitest';
import { HOTSPOT_KINDS } from '../../../../../../src-renderer/domain/assist/hotspots';
import { translator } from '../translator';

describe('the hot-spot warnings’ wording', () => {
  it('calls the feature by one name on the dashboard and in the settings, in both languages', async () => {
    for (const language of ['zh-CN', 'en'] as const) {
      const t = await translator(language);
      expect(t('hotspots.title'), language).toBe(t('lexicon.hotspots.title'));
    }
    expect((await translator('en'))('hotspots.title')).toBe('Emerging complaint batches');
  });

  it('names in the settings every kind the dashboard shows: category, product and keyword', async () => {
    for (const language of ['zh-CN', 'en'] as const) {
      const t = await translator(language);
      const settings = [t('lexicon.hotspots.hint'), t('lexicon.hotspots.summary', { recent: 3, baseline: 28, count: 5, ratio: 2.5 })];
      for (const kind of HOTSPOT_KINDS) {
        const name = t(`hotspots.kinds.${kind}`).toLowerCase();
        for (const text of settings) expect(text.toLowerCase(), `${language} ${kind}`).toContain(name);
      }
    }
  });
});
