import { describe, expect, it } from 'vitest';
import { assessEmotion, matchLexicon } from '../../../../../src-renderer/domain/assist/emotion';
import { DEFAULT_LEXICON, LexiconSchema, newDefaultsFor, type LexiconEntry } from '../../../../../src-renderer/domain/assist/lexicon';
import { LEXICON_EDITION, termsAddedAfter } from '../../../../../src-renderer/domain/assist/lexicon-editions';
import { matchTerms, termKey } from '../../../../../src-renderer/domain/assist/match';
import { loadReviews } from '../../../../fixtures/reviews';

const entry = (term: string, kind: LexiconEntry['kind'], severity: LexiconEntry['severity']): LexiconEntry => ({ term, kind, severity });
/** What each counted hit covers, with its kind. */
const found = (text: string, lexicon: readonly LexiconEntry[] = DEFAULT_LEXICON) =>
  matchLexicon(text, lexicon).map((hit) => `${text.slice(hit.start, hit.end)}:${hit.kind}`);

/** A desk that saved its lexicon before this edition: the built-in list without what the edition added. */
const SAVED_BEFORE = DEFAULT_LEXICON.filter((item) => !termsAddedAfter(LEXICON_EDITION - 1).has(termKey(item.term)));

describe('what the built-in lexicon used to miss', () => {
  it('knows the regulator by its full name and the old 工商, the national media, and the public complaint sites', () => {
    expect(found('我已经向市场监督管理局反映了，也去过工商部门')).toEqual(['市场监督管理:regulator', '工商部门:regulator']);
    expect(found('如果你们再不处理，我就去找人民日报和央视')).toEqual(['人民日报:media', '和央视:media']);
    expect(found('已经在黑猫投诉上发了，也打了315热线')).toEqual(['黑猫投诉:media', '315热线:regulator']);
    // 央视 watched, not gone to; 工商 of a bank.
    expect(found('看了央视的广告才买的，在工商银行附近的门店')).toEqual([]);
  });

  it('knows violence against a person, something hard in the food and the mouth it cut, and food poisoning as said', () => {
    expect(found('快递员态度恶劣，还动手打人，客户脸上被打肿了。')).toEqual(['动手打人:safety', '打肿:safety']);
    expect(found('在你们店买的面包里吃出了一根铁丝，孩子嘴巴被划破了。')).toEqual(['吃出了一根铁丝:safety', '嘴巴被划破:safety']);
    expect(found('吃了三次拉了三次肚子，不知道对身体有没有影响。')).toEqual(['拉了三次肚子:safety']);
    expect(found('孩子误食了干燥剂，已经送医院洗胃')).toEqual(['误食:safety', '送医院:safety', '洗胃:safety']);
    expect(assessEmotion('吃完就闹肚子，肚子疼了一晚上', DEFAULT_LEXICON)).toMatchObject({ level: 'escalating', severity: 'major' });
    // Not 打人工客服, not a gap across a clause (吃出了，铁丝) or longer than four characters.
    expect(found('打人工客服打了一小时；吃出了，铁丝网；吃出了一大堆细细的铁丝')).toEqual([]);
  });

  it('knows the customer calling again about it', () => {
    expect(found('已经是第三次打电话了，每次都说会处理')).toEqual(['第三次打电话:repeat']);
    expect(found('客户第3次来电，再次来电催促，多次来电未果')).toEqual(['第3次来电:repeat', '再次来电:repeat', '多次来电:repeat']);
    // The first call is no repeat; a late delivery chased is not either.
    expect(found('客户第一次来电；多次打电话催送餐')).toEqual([]);
  });
});

describe('false alarms the words around a phrase settle', () => {
  const calm = [
    '买的爆炸盐洗衣液到货时瓶盖破裂，漏了一半在箱子里，要求补发一瓶。',
    '买的“爆炸头”假发质量很差，掉毛严重。',
    '这服务真是差到爆炸，爆炸款卖完了也不说',
    '买的电脑没几天就中毒了，装的杀毒软件也没用，要求换机。',
    '手机中毒了一直弹广告',
    '宣传的防爆炸、防漏电功能根本没有',
    '订单金额12345元，发票开错了，要求重开。',
    '商品编号12315，收到的颜色不对，价格：12345',
    '客户转述朋友的话“这种事就该找记者曝光”，但客户本人只想要个道歉，快递员送货时态度恶劣还骂人。',
    '朋友说应该找记者曝光，但客户本人只想要个道歉。',
  ];

  it('counts none of them, with the built-in list and with a list saved before these were known', () => {
    for (const text of calm) {
      expect(assessEmotion(text, DEFAULT_LEXICON).level, text).not.toBe('escalating');
      expect(assessEmotion(text, SAVED_BEFORE).level, text).not.toBe('escalating');
    }
  });

  it('still counts what happened or what the customer means to do', () => {
    expect(found('吃了你们的外卖中毒了，送医院输液')).toEqual(['中毒:safety', '送医院:safety']);
    expect(found('电脑中毒了，孩子也食物中毒住院了')).toEqual(['食物中毒:safety', '住院:safety']);
    expect(found('宣传防漏电，结果用了一周就漏电了')).toEqual(['漏电:safety']);
    expect(found('我要打12345投诉，金额是200元；拨打12315')).toEqual(['12345:regulator', '12315:regulator']);
    // Someone else's words the customer does not disown, or the customer's own in quotes: a threat.
    expect(found('朋友说应该找记者曝光，但我不想等了，明天就去')).toEqual(['记者:media', '曝光:media']);
    expect(found('客户说：“我要找记者曝光你们”')).toEqual(['记者:media', '曝光:media']);
  });

  it('applies to the admin’s own phrases too', () => {
    const own = [entry('爆炸', 'safety', 'major'), entry('12345', 'regulator', 'serious'), entry('找媒体', 'media', 'major')];
    expect(found('爆炸盐洗衣液；编号12345；朋友劝他“去找媒体”，不过他只想退款', own)).toEqual([]);
    expect(found('充电宝爆炸了；打12345；我要去找媒体', own)).toEqual(['爆炸:safety', '12345:regulator', '找媒体:media']);
  });

  it('sets aside in 75,000 real reviews only what they mean to: a virus, 差到爆炸, a 防漏电 switch, 想打人, 打人家电话', () => {
    const setAside: string[] = [];
    for (const { text } of loadReviews()) {
      for (const word of ['12315', '12345', '中毒', '爆炸', '漏电', '曝光', '记者', '打人']) {
        const at = text.indexOf(word);
        // Found, counted or denied (吃了不中毒): not set aside.
        if (at < 0 || matchTerms(text, DEFAULT_LEXICON).some(({ hit }) => hit.start <= at && at < hit.end)) continue;
        setAside.push(text.slice(Math.max(0, at - 4), at + word.length));
      }
    }
    expect(setAside.sort()).toEqual(
      ['是垃圾到爆炸', '机，容易中毒', '是没有防漏电', '的是差到爆炸', '简直差到爆炸', '烂到爆炸', '听了都想打人', '，我只想打人', '就等，别打人', '就等，别打人'].sort(),
    );
  });
});

describe('a gap in a phrase', () => {
  it('is … for up to four characters of the same clause, also in the admin’s own phrases', () => {
    const own = [entry('退款…没到', 'anger', 'general')];
    expect(found('退款三天了还没到', own)).toEqual(['退款三天了还没到:anger']);
    expect(found('退款一直没到', own)).toEqual(['退款一直没到:anger']);
    expect(found('退款没到', own)).toEqual(['退款没到:anger']);
    expect(found('退款的事，没到', own)).toEqual([]);
    expect(LexiconSchema.safeParse([...DEFAULT_LEXICON, ...own]).success).toBe(true);
  });

  it('reaches a desk that saved its lexicon before: the editor offers the new phrases', () => {
    const offered = newDefaultsFor(SAVED_BEFORE, LEXICON_EDITION - 1).map((item) => item.term);
    expect(offered).toEqual(expect.arrayContaining(['市场监督管理', '人民日报', '动手打人', '吃出…铁丝', '拉了…肚子', '第三次来电']));
    expect(newDefaultsFor(DEFAULT_LEXICON, LEXICON_EDITION - 1)).toEqual([]);
  });
});
