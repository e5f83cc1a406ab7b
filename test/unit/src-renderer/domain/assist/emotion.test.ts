import { describe, expect, it } from 'vitest';
import { assessEmotion, matchLexicon } from '../../../../../src-renderer/domain/assist/emotion';
import { DEFAULT_LEXICON, type LexiconEntry } from '../../../../../src-renderer/domain/assist/lexicon';

const entry = (term: string, kind: LexiconEntry['kind'], severity: LexiconEntry['severity']): LexiconEntry => ({ term, kind, severity });
/** What each hit covers in the text it was found in. */
const covered = (text: string, lexicon: readonly LexiconEntry[]) => matchLexicon(text, lexicon).map((hit) => text.slice(hit.start, hit.end));

describe('matching the lexicon', () => {
  const lexicon = [entry('12315', 'regulator', 'serious'), entry('CCTV', 'media', 'major'), entry('株', 'anger', 'general')];

  it('matches full-width digits and letters and any case, reporting the original characters', () => {
    const text = '我打了１２３１５，还找了ｃｃｔｖ和Cctv';
    const hits = matchLexicon(text, lexicon);
    expect(hits.map((hit) => [hit.term, hit.start, hit.end])).toEqual([
      ['12315', 3, 8],
      ['CCTV', 12, 16],
      ['CCTV', 17, 21],
    ]);
    expect(covered(text, lexicon)).toEqual(['１２３１５', 'ｃｃｔｖ', 'Cctv']);
  });

  it('keeps offsets right after characters that NFKC lengthens or shortens', () => {
    // ㈱ is one unit folding to three ("(株)"), 𝟏𝟐𝟑𝟏𝟓 is ten units folding to five.
    const text = '㈱某公司说𝟏𝟐𝟑𝟏𝟓没用，那就CCTV';
    const hits = matchLexicon(text, lexicon);
    expect(hits.map((hit) => [hit.term, hit.start, hit.end])).toEqual([
      ['株', 0, 1],
      ['12315', 5, 15],
      ['CCTV', 20, 24],
    ]);
    expect(covered(text, lexicon)).toEqual(['㈱', '𝟏𝟐𝟑𝟏𝟓', 'CCTV']);
  });

  it('keeps the longer of two overlapping phrases', () => {
    const text = '孩子食物中毒了，我要网上曝光';
    const hits = matchLexicon(text, DEFAULT_LEXICON);
    expect(hits.map((hit) => hit.term)).toEqual(['食物中毒', '网上曝光']);
    expect(covered(text, DEFAULT_LEXICON)).toEqual(['食物中毒', '网上曝光']);
    // Partly overlapping phrases: the longer wins even when it starts later.
    expect(covered('甲乙丙丁戊', [entry('甲乙丙', 'anger', 'general'), entry('乙丙丁戊', 'media', 'major')])).toEqual(['乙丙丁戊']);
  });

  it('does not find a number term inside a longer run of digits, half- or full-width', () => {
    expect(covered('货一直没收到，请回电13812345678，谢谢', DEFAULT_LEXICON)).toEqual([]);
    expect(assessEmotion('订单号2026112345678，商品少发了一件', DEFAULT_LEXICON)).toMatchObject({ level: 'calm', severity: null });
    expect(covered('请回电１３８１２３４５６７８或138１２３１５000', DEFAULT_LEXICON)).toEqual([]);
    expect(covered('打了12345６', DEFAULT_LEXICON)).toEqual([]);
    // Standing alone, or next to letters and punctuation, it is the hotline.
    expect(covered('打了12345和１２３１５，还有12315/12345热线', DEFAULT_LEXICON)).toEqual(['12345', '１２３１５', '12315', '12345']);
    expect(covered('call12315now', DEFAULT_LEXICON)).toEqual(['12315']);
  });

  it('checks the digit boundary only at an end of an admin’s term that is a digit', () => {
    const lexicon = [entry('3.15', 'media', 'major'), entry('第3次', 'repeat', 'serious')];
    expect(covered('我要投到3.15晚会', lexicon)).toEqual(['3.15']);
    expect(covered('一共13.15元，3.150克', lexicon)).toEqual([]);
    expect(covered('这是第3次了，不是第30次', lexicon)).toEqual(['第3次']);
  });

  it('does not count a phrase inside a neutral compound, for an admin’s entry too', () => {
    const saved = [entry('媒体', 'media', 'major'), entry('报警', 'legal', 'major')];
    expect(covered('多媒体音量好小，烟雾报警器一直响', saved)).toEqual([]);
    expect(covered('我要找媒体，还要报警', saved)).toEqual(['媒体', '报警']);
    // The compound itself, entered by the admin, is their phrase.
    expect(covered('多媒体音量好小', [...saved, entry('多媒体', 'anger', 'general')])).toEqual(['多媒体']);
    // Only a hit wholly inside the compound is dropped: one that reaches out of it counts.
    expect(covered('多媒体曝光', [entry('媒体曝光', 'media', 'major')])).toEqual(['媒体曝光']);
  });

  it('built in: a swollen battery is a safety signal, 复诉 a repeat one', () => {
    expect(matchLexicon('充电宝外壳发烫，电芯都鼓包了', DEFAULT_LEXICON).map((hit) => [hit.term, hit.kind])).toEqual([['鼓包', 'safety']]);
    expect(matchLexicon('复诉：上次反映的问题没解决', DEFAULT_LEXICON).map((hit) => [hit.term, hit.kind])).toEqual([
      ['复诉', 'repeat'],
      ['上次反映', 'repeat'],
    ]);
  });

  it('finds nothing in an empty text or with an empty lexicon', () => {
    expect(matchLexicon('', DEFAULT_LEXICON)).toEqual([]);
    expect(matchLexicon('我要曝光', [])).toEqual([]);
    expect(assessEmotion('我要曝光', [])).toMatchObject({ level: 'calm', severity: null, hits: [], kinds: [] });
  });

  it('does not count a phrase right after a negation, but does count a conditional threat', () => {
    expect(assessEmotion('我不会去曝光的，只想退款', DEFAULT_LEXICON)).toMatchObject({ level: 'calm', severity: null, hits: [] });
    expect(assessEmotion('我不会去曝光的，只想退款', DEFAULT_LEXICON).negated.map((hit) => hit.term)).toEqual(['曝光']);
    expect(assessEmotion('孩子没有受伤，但客服态度太差', DEFAULT_LEXICON)).toMatchObject({ level: 'negative', severity: 'general', kinds: ['anger'] });
    expect(assessEmotion('I will not call a lawyer', [entry('lawyer', 'legal', 'major')]).hits).toEqual([]);
    // "就" ends the negation: 不解决就曝光 is a threat to go to the media.
    expect(covered('不解决就曝光', DEFAULT_LEXICON)).toEqual(['不解决就', '曝光']);
    // A negation does not reach across a clause.
    expect(covered('没有曝光', DEFAULT_LEXICON)).toEqual([]);
    expect(covered('没有用，曝光', DEFAULT_LEXICON)).toEqual(['曝光']);
  });

  it('reaches over adverbs and up to three verbs or modals after the negation, never over a condition about the company', () => {
    for (const text of ['我不会去投诉媒体的，只希望尽快换货。', '我没想去找记者，但希望你们重视。', '我从来没有想过要曝光你们。', '我并不打算找律师', '我也不会去找电视台']) {
      const { hits, negated, severity } = assessEmotion(text, DEFAULT_LEXICON);
      expect([hits, negated.length, severity], text).toEqual([[], 1, null]);
    }
    for (const [text, term] of [
      ['不解决我就去找媒体', '媒体'],
      ['如果不退款就曝光', '曝光'],
      ['不给说法就起诉', '起诉'],
      ['你们不处理我就投诉到12315', '12315'],
      // A double negation is "have to"; 没想到 is "unexpectedly".
      ['我不得不去找媒体', '媒体'],
      ['没想到会起火', '起火'],
    ] as const) {
      expect(matchLexicon(text, DEFAULT_LEXICON).map((hit) => hit.term), text).toContain(term);
    }
  });

  it('denies the terms right after a denied one in the same phrase, and takes 没说要 as a negation', () => {
    for (const text of ['我不会找媒体曝光的，只希望换货', '我并不想找媒体曝光，只要换货', '我没说要告你们，只想退款']) {
      expect(matchLexicon(text, DEFAULT_LEXICON), text).toEqual([]);
    }
    // A clause break ends it, and a threat with a condition still counts.
    expect(matchLexicon('我不会找媒体，曝光就曝光', DEFAULT_LEXICON).map((hit) => hit.term)).toContain('曝光');
    expect(matchLexicon('不解决就找媒体曝光', DEFAULT_LEXICON).length).toBeGreaterThan(0);
  });

  it('counts a negation of the company’s side inside a condition: 如果你们不想上法院 is a threat, 我不想上法院 is not', () => {
    const lexicon = [...DEFAULT_LEXICON, entry('lawyer', 'legal', 'major')];
    for (const [text, terms] of [
      ['如果你们不想上法院，就尽快退款', ['上法院']],
      ['如果你们不想被曝光就给个说法', ['曝光', '给个说法']],
      // Each negation is judged in its own clause: the customer's own denial stays one.
      ['我们不想找律师，要是贵公司还不想上法院就尽快处理', ['上法院']],
      ['If you do not want a lawyer on this, refund me', ['lawyer']],
    ] as const) {
      expect(matchLexicon(text, lexicon).map((hit) => hit.term), text).toEqual(terms);
    }
    // The customer's own negation stays a denial, also after 如果 about themselves.
    for (const text of ['我不想上法院，只想退款', '如果我不想去找媒体，你们也不能这样拖着', 'I do not want a lawyer on this']) {
      expect(matchLexicon(text, lexicon), text).toEqual([]);
    }
  });

  it('takes 不是要 and 没(有)人 as negations: 不是要曝光你们, 还好没人受伤', () => {
    for (const text of ['不是要曝光你们，只是希望快点处理。', '还好没人受伤，只是微波炉门玻璃碎了。', '没有人受伤，但是门坏了', '幸好无人受伤']) {
      expect(matchLexicon(text, DEFAULT_LEXICON), text).toEqual([]);
    }
    // A question is no denial: asked of the company, it says what the customer means or sees.
    expect(covered('是不是要上法院才肯退款？', DEFAULT_LEXICON)).toEqual(['上法院']);
    expect(covered('这不是安全隐患吗', DEFAULT_LEXICON)).toEqual(['安全隐患']);
    expect(covered('难道不是要我去找媒体？', DEFAULT_LEXICON)).toEqual(['媒体']);
    // …but a 吗 further on, or 是不是 meaning "whether or not", leaves a denial one.
    for (const text of ['我不是要曝光你们 只想问问能退款吗', '我不是要曝光你们只是想问下什么时候能退款？', '无论是不是质量问题我都不会起诉', '我就是不想上法院']) {
      expect(covered(text, DEFAULT_LEXICON), text).toEqual([]);
    }
    // Nobody doing something for the customer is no denial of what follows.
    expect(covered('没人管，孩子受伤了', DEFAULT_LEXICON)).toEqual(['受伤']);
    expect(covered('没人提醒导致孩子受伤', DEFAULT_LEXICON)).toEqual(['受伤']);
  });

  it('reads goods scratched as no injury, a person cut as one; sparks, hot plugs, burning smells and rashes as hazards', () => {
    for (const text of ['快递运输把冰箱门划伤了，要求换新。', '新买的手机屏幕有划伤，要求换货。', '安装师傅把我家木地板划伤了一大块。', '冰箱门把手划伤了', '搬运时划伤了手机屏幕', '米饭有焦糊味', '划伤了手提包', '快递刀片划破了手机膜']) {
      expect(matchLexicon(text, DEFAULT_LEXICON), text).toEqual([]);
    }
    for (const text of ['包装的铁皮把孩子的手划伤了，孩子被划伤流血', '拆箱时划伤了手', '电水壶底座冒火花', '插头发烫，有烧焦的味道', '插座烧焦了', '划伤手指流血', '手指被划伤', '电池起鼓变形', '孩子吃了饼干后嘴巴起红疹']) {
      expect(matchLexicon(text, DEFAULT_LEXICON).map((hit) => hit.kind), text).toContain('safety');
    }
    // Where the customer heard of it, or a device's own alarm, is no threat.
    for (const text of ['真的不能看媒体推荐的书', '是听电视台介绍才买的', '媒体功能差', '电量不足时报警太频繁']) {
      expect(matchLexicon(text, DEFAULT_LEXICON), text).toEqual([]);
    }
  });

  it('counts "不是我要投诉到12315": it may as well mean "you force me to", so it is left as a threat', () => {
    expect(covered('不是我要投诉到12315，是你们逼我的', DEFAULT_LEXICON)).toEqual(['12315']);
  });

  it('handles a long description quickly enough to run on every keystroke', () => {
    const text = '这个商品质量太差了，客服也不理人，我要曝光，退款申请提交了好几天都没人处理。'.repeat(150).slice(0, 5000);
    const hits = matchLexicon(text, DEFAULT_LEXICON);
    expect(hits.length).toBeGreaterThan(100);
    for (const hit of hits) expect(text.slice(hit.start, hit.end)).toBe(hit.term);
  });
});

describe('assessing emotion', () => {
  it('is calm for a plain description', () => {
    expect(assessEmotion('快递晚到了两天，请尽快处理。', DEFAULT_LEXICON)).toEqual({
      text: '快递晚到了两天，请尽快处理。',
      level: 'calm',
      severity: null,
      hits: [],
      negated: [],
      kinds: [],
      contextKinds: [],
      repeatCount: 0,
    });
  });

  it('is negative for anger alone and escalating with a regulator, the highest severity winning', () => {
    expect(assessEmotion('你们就是骗子，太差了', DEFAULT_LEXICON)).toMatchObject({ level: 'negative', severity: 'general', kinds: ['anger'] });
    const result = assessEmotion('骗子！我要打12315，还要报警', DEFAULT_LEXICON);
    expect(result.level).toBe('escalating');
    expect(result.severity).toBe('major');
    expect(result.kinds).toEqual(['legal', 'regulator', 'anger']);
  });

  it('orders kinds by severity, then by what a supervisor must see first', () => {
    const result = assessEmotion('产品漏电，我要曝光，找律师', DEFAULT_LEXICON);
    expect(result.kinds).toEqual(['safety', 'legal', 'media']);
  });

  it('treats a 12315 referral as a regulator signal and raises it to serious', () => {
    const result = assessEmotion('快递晚到了两天。', DEFAULT_LEXICON, { channel: 'regulator_12315' });
    expect(result).toMatchObject({ level: 'escalating', severity: 'serious', kinds: ['regulator'], contextKinds: ['regulator'], hits: [] });
    expect(assessEmotion('快递晚到了两天。', DEFAULT_LEXICON, { channel: 'phone' }).level).toBe('calm');
  });

  it('adds a repeat from the second complaint in the window and raises the suggestion to at least serious', () => {
    expect(assessEmotion('太差了', DEFAULT_LEXICON, { repeatCount: 1 })).toMatchObject({ level: 'negative', severity: 'general', contextKinds: [] });
    expect(assessEmotion('太差了', DEFAULT_LEXICON, { repeatCount: 2 })).toMatchObject({
      level: 'escalating',
      severity: 'serious',
      kinds: ['repeat', 'anger'],
      contextKinds: ['repeat'],
      repeatCount: 2,
    });
    // A major hit stays major.
    expect(assessEmotion('我要曝光', DEFAULT_LEXICON, { repeatCount: 3 }).severity).toBe('major');
  });

  it('follows the admin’s edits to the lexicon', () => {
    const text = '我要去找人大代表反映你们';
    expect(assessEmotion(text, DEFAULT_LEXICON).level).toBe('calm');
    const edited = [...DEFAULT_LEXICON, entry('人大代表', 'regulator', 'major')];
    expect(assessEmotion(text, edited)).toMatchObject({ level: 'escalating', severity: 'major', kinds: ['regulator'] });
    // A lowered severity is what the hit argues for from then on.
    const lowered = DEFAULT_LEXICON.map((item) => (item.term === '曝光' ? { ...item, severity: 'general' as const } : item));
    expect(assessEmotion('我要曝光', lowered).severity).toBe('general');
    // A removed phrase is no longer found.
    expect(assessEmotion('我要曝光', DEFAULT_LEXICON.filter((item) => item.term !== '曝光')).hits).toEqual([]);
  });

  it('speaks for two spellings of one phrase with the more severe entry', () => {
    const lexicon = [entry('ＣＣＴＶ', 'media', 'general'), entry('cctv', 'media', 'major')];
    expect(assessEmotion('上了CCTV', lexicon).severity).toBe('major');
  });
});
