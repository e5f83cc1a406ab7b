import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LEXICON,
  KIND_SEVERITY,
  LEXICON_KINDS,
  LEXICON_MAX,
  LexiconSchema,
  retiredDefaultsIn,
  newDefaultsFor,
  withMissingDefaults,
  type LexiconEntry,
} from '../../../../../src-renderer/domain/assist/lexicon';
import { editionOf, LEXICON_EDITION, termsAddedAfter } from '../../../../../src-renderer/domain/assist/lexicon-editions';
import { foldWithOffsets, matchLexicon, termKey } from '../../../../../src-renderer/domain/assist/match';
import { toFieldErrors } from '../../../../../src-renderer/domain/common/validation';
import { SettingsSchemas, DEFAULT_SETTINGS } from '../../../../../src-renderer/domain/settings/settings';

const entry = (term: string, kind: LexiconEntry['kind'] = 'media', severity: LexiconEntry['severity'] = 'major'): LexiconEntry => ({
  term,
  kind,
  severity,
});

function errorsOf(list: unknown) {
  const parsed = LexiconSchema.safeParse(list);
  return parsed.success ? [] : toFieldErrors(parsed.error);
}

describe('the built-in lexicon', () => {
  it('passes its own schema, covers every kind and is what a new desk starts with', () => {
    expect(LexiconSchema.safeParse(DEFAULT_LEXICON).success).toBe(true);
    expect(new Set(DEFAULT_LEXICON.map((item) => item.kind))).toEqual(new Set(LEXICON_KINDS));
    expect(DEFAULT_SETTINGS.assist.lexicon).toBe(DEFAULT_LEXICON);
    expect(SettingsSchemas.assist.safeParse(DEFAULT_SETTINGS.assist).success).toBe(true);
    for (const item of DEFAULT_LEXICON) expect(item.severity, item.term).toBe(KIND_SEVERITY[item.kind]);
  });

  it('finds the regulator, the media and the court in a typical angry description', () => {
    const hits = matchLexicon('你们再不退款我就打12315，找记者曝光，还要去法院起诉！', DEFAULT_LEXICON);
    expect(hits.map((hit) => [hit.term, hit.kind])).toEqual([
      ['12315', 'regulator'],
      ['记者', 'media'],
      ['曝光', 'media'],
      ['起诉', 'legal'],
    ]);
  });

  it('finds them through the zero-width spaces of a pasted text, and highlights them with the spaces inside', () => {
    const text = '我要去媒\u200b体曝\u200b光，还要打1\u200b2315，去法院起\u200b诉';
    const hits = matchLexicon(text, DEFAULT_LEXICON);
    expect(hits.map((hit) => [hit.term, text.slice(hit.start, hit.end)])).toEqual([
      ['媒体', '媒\u200b体'],
      ['曝光', '曝\u200b光'],
      ['12315', '1\u200b2315'],
      ['起诉', '起\u200b诉'],
    ]);
  });

  it('offers the retired 律师, 法院 and 最后一次 for removal from a saved list, unless the admin changed them', () => {
    const saved = [...DEFAULT_LEXICON, entry('律师', 'legal', 'major'), entry('法院', 'legal', 'serious'), entry('最后一次', 'threat', 'serious')];
    expect(retiredDefaultsIn(saved).map((item) => item.term)).toEqual(['律师', '最后一次']);
    expect(retiredDefaultsIn(DEFAULT_LEXICON)).toEqual([]);
  });
});

describe('the built-in lexicon on real descriptions', () => {
  const kindsOf = (text: string) => matchLexicon(text, DEFAULT_LEXICON).map((hit) => [hit.term, hit.kind]);

  it('does not take 多媒体 or 许多媒体 for the media, but does a customer going to them', () => {
    expect(kindsOf('这次买的华为没有之前的质量好了，多媒体音量好小，拍照不清晰')).toEqual([]);
    expect(kindsOf('许多媒体都说这款手机发热')).toEqual([]);
    for (const text of ['我要找媒体', '媒体曝光你们', '我会向媒体反映', '联系媒体', '告诉媒体', '让媒体来评评理']) {
      expect(kindsOf(text), text).toContainEqual(['媒体', 'media']);
    }
    expect(kindsOf('我要发到自媒体上曝光')).toEqual([
      ['自媒体', 'media'],
      ['曝光', 'media'],
    ]);
  });

  it('takes the lawyer or the court for a threat only when the customer means to go there', () => {
    for (const text of ['律师事务所的快递寄错地址了', '我是一名律师，买的打印机卡纸。', '法院旁边的门店店员态度差。', '我会报告你们经理']) {
      expect(kindsOf(text), text).toEqual([]);
    }
    for (const text of ['我要告你们', '我已经找律师了', '准备请律师', '收到律师函', '我们法院见', '我要告上法庭', '大不了上法院']) {
      expect(kindsOf(text).map(([, kind]) => kind), text).toEqual(['legal']);
    }
  });

  it('does not take a warning printed on the product for a hazard, nor "the last time I buy here" for a threat', () => {
    expect(kindsOf('包装上印着谨防爆炸，防止触电')).toEqual([]);
    expect(kindsOf('我最后一次在你们这里买东西了')).toEqual([]);
    expect(kindsOf('这是给你们的最后一次机会')).toEqual([['最后一次机会', 'threat']]);
    // A warning does not hide what happened beside it.
    expect(kindsOf('说明书写着谨防爆炸，结果真的爆炸了')).toEqual([['爆炸', 'safety']]);
  });

  it('finds the safety and media signals the first list missed', () => {
    expect(kindsOf('孩子吃完拉肚子')).toEqual([['拉肚子', 'safety']]);
    expect(kindsOf('一开机就闻到煤气味')).toEqual([['煤气味', 'safety']]);
    expect(kindsOf('小孩误吞了一颗纽扣电池')).toEqual([['误吞', 'safety']]);
    expect(kindsOf('我要发抖音')).toEqual([['发抖音', 'media']]);
    expect(kindsOf('再不处理就发朋友圈')).toEqual([['发朋友圈', 'media']]);
    // Where the customer saw the offer is no threat.
    expect(kindsOf('在朋友圈看到的广告')).toEqual([]);
  });

  it('reads English: whole words, with their inflections, the same negation', () => {
    expect(kindsOf('The kettle leaked electricity and my son got hurt. I will go to the media and my lawyer.')).toEqual([
      ['leaked electricity', 'safety'],
      ['hurt', 'safety'],
      ['the media', 'media'],
      ['lawyer', 'legal'],
    ]);
    expect(kindsOf('We sued them before; our lawyers know.')).toEqual([
      ['sue', 'legal'],
      ['lawyer', 'legal'],
    ]);
    // Not inside another word: an issue, a courteous clerk, a multimedia player, a food court.
    expect(kindsOf('There is an issue with the multimedia player; the staff at the food court were courteous.')).toEqual([]);
    expect(matchLexicon('Nobody was hurt and I will not go to the media.', DEFAULT_LEXICON)).toEqual([]);
    expect(kindsOf('If you do not refund me I will go to the media.')).toEqual([['the media', 'media']]);
  });

  it('flags a repeat complaint, not slow handling or a product failing again', () => {
    expect(kindsOf('申请退货一周了，售后一直没人处理')).toEqual([]);
    expect(kindsOf('一直没人管，又一次坏了，修了好几次，这是第三次维修')).toEqual([]);
    for (const text of ['我已经多次投诉', '这是再次投诉', '这是我第二次投诉了', '投诉过好几次都没用', '上次投诉的问题还没解决']) {
      expect(kindsOf(text).map(([, kind]) => kind), text).toEqual(['repeat']);
    }
  });
});

describe('lexicon validation', () => {
  it('reports a duplicate on the later row, whatever its width or case', () => {
    expect(errorsOf([entry('曝光'), entry('CCTV'), entry('ｃｃｔｖ', 'anger', 'general')])).toEqual([
      { field: '2.term', code: 'validation.termTaken', params: { term: 'ｃｃｔｖ' } },
    ]);
    expect(errorsOf([entry('12315'), entry(' １２３１５ ')])).toEqual([
      { field: '1.term', code: 'validation.termTaken', params: { term: '１２３１５' } },
    ]);
  });

  it('refuses a single character and a term of marks only, which would flag ordinary complaints', () => {
    expect(errorsOf([entry('的'), entry('火'), entry('1'), entry('!'), entry('！？'), entry('12315'), entry('sue'), entry('骗人')])).toEqual([
      { field: '0.term', code: 'validation.termTooShort' },
      { field: '1.term', code: 'validation.termTooShort' },
      { field: '2.term', code: 'validation.termTooShort' },
      { field: '3.term', code: 'validation.termNoWords' },
      { field: '4.term', code: 'validation.termNoWords' },
    ]);
  });

  it('refuses an empty or too long term, an unknown kind and too many entries', () => {
    expect(errorsOf([entry('  ')])).toEqual([{ field: '0.term', code: 'validation.required', params: { min: 1 } }]);
    expect(errorsOf([entry('长'.repeat(31))])).toEqual([{ field: '0.term', code: 'validation.tooLong', params: { max: 30 } }]);
    expect(errorsOf([{ term: '投诉', kind: 'rumour', severity: 'general' }]).map((e) => [e.field, e.code])).toEqual([['0.kind', 'validation.chooseOne']]);
    const many = Array.from({ length: LEXICON_MAX + 1 }, (_, index) => entry(`词${index}`));
    expect(errorsOf(many).map((e) => [e.field, e.code])).toEqual([['_', 'validation.tooMany']]);
  });

  it('accepts an empty lexicon (the desk then flags nothing)', () => {
    expect(LexiconSchema.safeParse([]).success).toBe(true);
  });
});

describe('restoring the built-in list', () => {
  it('adds back only the missing built-in phrases and keeps the admin’s own entries and edits', () => {
    const own = [entry('媒体', 'media', 'serious'), entry('差评', 'anger', 'general')];
    const restored = withMissingDefaults(own);
    expect(restored.slice(0, 2)).toEqual(own);
    expect(restored).toHaveLength(2 + DEFAULT_LEXICON.length - 1);
    expect(restored.filter((item) => item.term === '媒体')).toEqual([entry('媒体', 'media', 'serious')]);
    expect(withMissingDefaults(DEFAULT_LEXICON)).toEqual(DEFAULT_LEXICON);
  });

  it('treats a full-width spelling of a built-in phrase as that phrase', () => {
    const restored = withMissingDefaults([entry('１２３１５', 'regulator', 'major')]);
    expect(restored.filter((item) => termKey(item.term) === '12315')).toHaveLength(1);
  });
});

describe('folding with offsets', () => {
  it('maps every folded unit back to the character it came from', () => {
    // ㈱ expands to "(株)", 𝟏 (two UTF-16 units) shrinks to "1", Ａ becomes "a".
    const text = '㈱𝟏Ａb';
    const { folded, starts, ends } = foldWithOffsets(text);
    expect(folded).toBe('(株)1ab');
    expect(starts).toEqual([0, 0, 0, 1, 3, 4]);
    expect(ends).toEqual([1, 1, 1, 3, 4, 5]);
  });

  it('composes a letter with its combining mark, as the term is composed', () => {
    const { folded, starts, ends } = foldWithOffsets('Cafe\u0301!');
    expect(folded).toBe('café!');
    expect(starts).toEqual([0, 1, 2, 3, 5]);
    expect(ends).toEqual([1, 2, 3, 5, 6]);
  });
});

describe('editions of the built-in list', () => {
  it('lists only phrases the built-in list holds, each once', () => {
    const added = termsAddedAfter(1);
    const builtIn = new Set(DEFAULT_LEXICON.map((entry) => termKey(entry.term)));
    expect([...added].filter((key) => !builtIn.has(key))).toEqual([]);
    expect(newDefaultsFor([], 1)).toHaveLength(added.size);
    expect(termsAddedAfter(LEXICON_EDITION).size).toBe(0);
  });

  it('offers a list saved against an older edition what came since and it lacks, in the built-in order', () => {
    const firstEdition = DEFAULT_LEXICON.filter((entry) => !termsAddedAfter(1).has(termKey(entry.term)));
    // The admin added one of the new phrases by hand, in full-width letters and with their own severity: theirs stays.
    const own = { term: 'ＬＡＷＹＥＲ', kind: 'legal', severity: 'general' } as const;
    const offered = newDefaultsFor([...firstEdition, own], undefined);
    expect(offered.map((entry) => entry.term)).toEqual(DEFAULT_LEXICON.filter((entry) => termsAddedAfter(1).has(termKey(entry.term)) && entry.term !== 'lawyer').map((entry) => entry.term));
    expect(offered.map((entry) => entry.term)).toContain('告你们');
    // Saved against this edition (or an unknown later one), nothing is offered: what it lacks was the admin's choice.
    expect(newDefaultsFor(firstEdition, LEXICON_EDITION)).toEqual([]);
    expect(newDefaultsFor(firstEdition, LEXICON_EDITION + 5)).toEqual([]);
    expect(editionOf(undefined)).toBe(1);
  });

  it('is recorded by the settings: a new desk starts at this edition, an edition past this build’s is refused', () => {
    expect(DEFAULT_SETTINGS.assist.lexiconEdition).toBe(LEXICON_EDITION);
    expect(SettingsSchemas.assist.safeParse({ ...DEFAULT_SETTINGS.assist, lexiconEdition: LEXICON_EDITION + 1 }).success).toBe(false);
    const { lexiconEdition: _edition, ...older } = DEFAULT_SETTINGS.assist;
    expect(SettingsSchemas.assist.safeParse(older).success).toBe(true);
  });
});
