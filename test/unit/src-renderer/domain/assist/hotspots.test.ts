import { describe, expect, it } from 'vitest';
import {
  assessSeries,
  detectHotspots,
  hotspotDays,
  hotspotFilter,
  hotspotWindow,
  recentExposure,
  type DailySeries,
  type HotspotSettings,
} from '../../../../../src-renderer/domain/assist/hotspots';
import { findHotspots, type HotspotCase } from '../../../../../src-renderer/domain/assist/hotspots-find';
import { isKeywordGram } from '../../../../../src-renderer/domain/assist/hotspots-keywords';
import { logPoissonTail, surprise } from '../../../../../src-renderer/domain/assist/hotspots-stats';
import { DEFAULT_SETTINGS } from '../../../../../src-renderer/domain/settings/settings';

const SETTINGS: HotspotSettings = DEFAULT_SETTINGS.assist.hotspots; // 3 recent days, 28 baseline days, 5 cases, 2.5 ×
/** Noon: half of today has gone by, so the recent window has lasted 2.5 days. */
const NOW = new Date(2026, 10, 23, 12, 0).getTime();
const HOUR = 3_600_000;

/** 28 baseline days of `baseline` each, then the recent days given. */
function series(baseline: number | number[], recent: number[], key = 'k', kind: DailySeries['kind'] = 'category'): DailySeries {
  const before = Array.isArray(baseline) ? baseline : new Array<number>(SETTINGS.baselineDays).fill(baseline);
  return { kind, key, daily: [...before, ...recent] };
}

describe('the window', () => {
  it('is the last 3 local calendar days (today included) after 28 baseline days', () => {
    const days = hotspotDays(NOW, SETTINGS);
    expect(days).toHaveLength(31);
    expect(days.at(-1)).toBe(new Date(2026, 10, 23).getTime());
    expect(days[0]).toBe(new Date(2026, 9, 24).getTime());
    expect(hotspotWindow(NOW, SETTINGS)).toEqual({
      recentFrom: new Date(2026, 10, 21).getTime(),
      recentTo: NOW,
      baselineFrom: new Date(2026, 9, 24).getTime(),
    });
    expect(recentExposure(NOW, SETTINGS)).toBeCloseTo(2.5, 10);
    expect(recentExposure(new Date(2026, 10, 23).getTime(), SETTINGS)).toBe(2);
  });
});

describe('detectHotspots on daily counts', () => {
  it('finds nothing in a flat series, however large', () => {
    expect(detectHotspots([series(2, [2, 2, 1]), series(40, [40, 40, 20], 'big')], SETTINGS, NOW)).toEqual([]);
  });

  it('flags a spike with its ratio to the baseline rate over the time the recent window lasted', () => {
    const [rise, ...others] = detectHotspots([series(2, [2, 15, 8], 'spike'), series(2, [2, 2, 1], 'flat')], SETTINGS, NOW);
    expect(others).toEqual([]);
    expect(rise).toMatchObject({ kind: 'category', key: 'spike', recent: 25, baselineDaily: 2 });
    // 25 cases in 2.5 days against 2 a day: 5 expected, 5 ×.
    expect(rise!.expected).toBeCloseTo(5, 10);
    expect(rise!.ratio).toBeCloseTo(5, 10);
    expect(rise!.score).toBeCloseTo(surprise(25, 5), 10);
    expect(rise!.score).toBeGreaterThan(8);
  });

  it('does not flag a slow trend', () => {
    // One more a day every five days: 1 a day five weeks ago, 7 today.
    const daily = Array.from({ length: 31 }, (_, n) => 1 + Math.floor(n / 5));
    expect(assessSeries({ kind: 'category', key: 'trend', daily }, SETTINGS, NOW)).toBeNull();
  });

  it('does not flag fewer than minCount recent cases, even from nothing', () => {
    expect(detectHotspots([series(0, [1, 1, 2])], SETTINGS, NOW)).toEqual([]);
    // A larger minCount silences a rise that passes the default.
    expect(detectHotspots([series(1, [4, 4, 4])], SETTINGS, NOW)).toHaveLength(1);
    expect(detectHotspots([series(1, [4, 4, 4])], { ...SETTINGS, minCount: 13 }, NOW)).toEqual([]);
  });

  it('flags a keyword new in the recent window once it reaches minCount, against half a case over the baseline', () => {
    const [rise] = detectHotspots([series(0, [0, 2, 3], '漏水', 'keyword')], SETTINGS, NOW);
    expect(rise).toMatchObject({ kind: 'keyword', key: '漏水', recent: 5, baselineDaily: 0 });
    expect(rise!.ratio).toBeCloseTo(5 / ((0.5 / 28) * 2.5), 6);
    expect(detectHotspots([series(0, [0, 2, 2], '漏水', 'keyword')], SETTINGS, NOW)).toEqual([]);
  });

  it('requires the ratio: a large but proportionate rise of a busy key is not a hot-spot', () => {
    // 2 × the usual rate is very unlikely by chance at 40 a day, but below minRatio 2.5.
    expect(detectHotspots([series(40, [80, 80, 40])], SETTINGS, NOW)).toEqual([]);
    expect(detectHotspots([series(40, [80, 80, 40])], { ...SETTINGS, minRatio: 1.5 }, NOW)).toHaveLength(1);
  });

  it('corrects for the number of keys tested: a rise that stands out alone is noise among a million', () => {
    const moderate = series(1, [4, 4, 4], 'moderate', 'keyword'); // 12 against 2.5 expected
    expect(assessSeries(moderate, SETTINGS, NOW, 1)).not.toBeNull();
    expect(assessSeries(moderate, SETTINGS, NOW, 1_000_000)).toBeNull();
  });

  it('scales the expectation: half the recent cases graded halves the cases a category is expected to have', () => {
    const graded = series(2, [2, 3, 1], 'logistics');
    expect(assessSeries(graded, SETTINGS, NOW)).toBeNull();
    const rise = assessSeries({ ...graded, daily: series(2, [6, 6, 3]).daily, expectedScale: 0.5 }, SETTINGS, NOW);
    expect(rise!.ratio).toBeCloseTo(15 / (2 * 2.5 * 0.5), 10);
  });

  it('ranks the most significant first', () => {
    const rises = detectHotspots([series(1, [3, 3, 3], 'small'), series(1, [20, 20, 10], 'large')], SETTINGS, NOW);
    expect(rises.map((r) => r.key)).toEqual(['large', 'small']);
  });
});

describe('the Poisson tail', () => {
  it('matches the sum of the probabilities', () => {
    const direct = (k: number, lambda: number) => {
      let below = 0;
      let term = Math.exp(-lambda);
      for (let j = 0; j < k; j += 1) {
        below += term;
        term *= lambda / (j + 1);
      }
      return 1 - below;
    };
    for (const [k, lambda] of [
      [2, 1],
      [3, 0.5],
      [10, 2.5],
      [25, 5],
    ] as const) {
      expect(Math.exp(logPoissonTail(k, lambda))).toBeCloseTo(direct(k, lambda), 12);
    }
    // Far out in the tail it still orders counts instead of underflowing to 0.
    expect(logPoissonTail(2000, 10)).toBeLessThan(logPoissonTail(1000, 10));
    expect(Number.isFinite(logPoissonTail(2000, 10))).toBe(true);
    expect(logPoissonTail(3, 5)).toBe(0);
  });
});

const DAY = 86_400_000;
let serial = 0;
function kase(daysAgo: number, description: string, extra: Partial<HotspotCase> = {}): HotspotCase {
  serial += 1;
  return { id: `c${String(serial).padStart(4, '0')}`, receivedAt: NOW - daysAgo * DAY - HOUR, category: 'other', product: '', description, ...extra };
}

const QUIET = ['快递三天没到，客服不回复。', '收到的商品有划痕，要求换货。', '退款迟迟未到账。', '门店店员态度恶劣。', '发票开错了抬头。', '活动规则说明不清楚。'];

/** Four ordinary complaints a day over the baseline and the recent days. */
function quiet(days = 31): HotspotCase[] {
  const cases: HotspotCase[] = [];
  for (let d = 0; d < days; d += 1) for (let n = 0; n < 4; n += 1) cases.push(kase(d, QUIET[(d + n) % QUIET.length]!));
  return cases;
}

describe('findHotspots on cases', () => {
  it('finds nothing in ordinary days, nor without a baseline to compare with', () => {
    expect(findHotspots(quiet(), SETTINGS, NOW).hotspots).toEqual([]);
    const onlyRecent = quiet(2).concat(Array.from({ length: 10 }, () => kase(0, '楼上漏水了')));
    const answer = findHotspots(onlyRecent, SETTINGS, NOW);
    expect(answer.cases).toEqual({ recent: 18, baseline: 0 });
    expect(answer.hotspots).toEqual([]);
  });

  it('merges the rising bigrams of a keyword into the phrase the cases share, with the newest cases as examples', () => {
    const burst = ['楼上送餐员把汤洒了', '送餐员态度很差', '今天的送餐员迟到一小时', '投诉送餐员', '送餐员不接电话', '差评，送餐员太慢', '那个送餐员骂人'];
    const cases = [...quiet(), ...burst.map((text, n) => kase(n % 3, text))];
    const { hotspots } = findHotspots(cases, SETTINGS, NOW);
    const keywords = hotspots.filter((h) => h.kind === 'keyword');
    expect(keywords.map((h) => h.key)).toEqual(['送餐员']);
    const [hot] = keywords;
    expect(hot).toMatchObject({ recent: 7, baselineDaily: 0 });
    expect(hot!.caseIds).toHaveLength(7);
    // Newest first; the first sign was the earliest of them (two days ago).
    const received = new Map(cases.map((c) => [c.id, c.receivedAt]));
    const times = hot!.caseIds.map((id) => received.get(id)!);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(hot!.firstSeenAt).toBe(NOW - 2 * DAY - HOUR);
  });

  it('keeps a keyword short when the longer phrase is not what most of its cases say', () => {
    const leaks = ['卫生间漏水管爆了', '厨房漏水管裂开', '阳台漏水很严重', '楼上漏水淹了我家', '空调漏水', '洗衣机漏水', '热水器漏水', '屋顶漏水'];
    const { hotspots } = findHotspots([...quiet(), ...leaks.map((text, n) => kase(n % 3, text))], SETTINGS, NOW);
    // 漏水管 is in 2 of the 8 cases: the hot-spot is 漏水, once.
    expect(hotspots.filter((h) => h.kind === 'keyword').map((h) => [h.key, h.recent])).toEqual([['漏水', 8]]);
  });

  it('names a keyword by the word all its cases say, though the longer bigram is common before (充电宝, not 电宝)', () => {
    // 充电 is in a quarter of the older cases (phones charging), so it is not rising; 电宝 is.
    const charging = Array.from({ length: 28 }, (_, d) => kase(d + 3, '手机充电很慢，电池不耐用。'));
    const banks = ['充电宝外壳发烫鼓起来了', '买的充电宝冒烟', '充电宝充不进电', '充电宝用了两天就坏', '这个充电宝有焦味', '充电宝漏液'];
    const keys = findHotspots([...quiet(), ...charging, ...banks.map((text, n) => kase(n % 3, text))], SETTINGS, NOW)
      .hotspots.filter((h) => h.kind === 'keyword')
      .map((h) => [h.key, h.recent]);
    expect(keys).toEqual([['充电宝', 6]]);
  });

  it('names a longer phrase by the word all its cases say too, whatever else rose (包装标注与实物不符, not 装标注与实物不符)', () => {
    // 包装 is in older cases every day (parcels arriving damaged), so it is not rising; 装标, 标注… are.
    const parcels = Array.from({ length: 28 }, (_, d) => kase(d + 3, '包装破损，盒子压扁了'));
    const labels = ['包装标注与实物不符', '收到后发现包装标注与实物不符', '这批货包装标注与实物不符', '包装标注与实物不符，要求退货', '又是包装标注与实物不符', '包装标注与实物不符，请核实'];
    const banks = Array.from({ length: 9 }, (_, n) => kase(n % 3, ['充电宝发烫', '买的充电宝充不进电', '充电宝用两天就坏了'][n % 3]!));
    const keys = findHotspots([...quiet(), ...parcels, ...labels.map((text, n) => kase(n % 3, text)), ...banks], SETTINGS, NOW)
      .hotspots.filter((h) => h.kind === 'keyword')
      .map((h) => [h.key, h.recent]);
    expect(keys).toContainEqual(['包装标注与实物不符', 6]);
    expect(keys.filter(([key]) => String(key).includes('标注'))).toHaveLength(1);
  });

  it('grows a phrase across a function word inside it (如果还不解决, not 果还不解决)', () => {
    const texts = ['这次如果还不解决我就去消协', '电视坏了如果还不解决我就去消协', '说了三遍，如果还不解决我就去消协', '退款的事如果还不解决我就去消协', '门店的问题如果还不解决我就去消协'];
    const keys = findHotspots([...quiet(), ...texts.map((text, n) => kase(n % 3, text))], SETTINGS, NOW).hotspots.map((h) => h.key);
    expect(keys).toContain('如果还不解决我就去消协');
  });

  it('never makes a pronoun or function word a keyword (你们 tied unrelated complaints together)', () => {
    const unrelated = ['你们的热水器漏电', '我要打12315投诉你们', '你们等着被曝光吧', '我要起诉你们公司', '你们卖的充电宝起火', '你们客服不回复'];
    const keys = findHotspots([...quiet(), ...unrelated.map((text, n) => kase(n % 3, text))], SETTINGS, NOW).hotspots.map((h) => h.key);
    expect(keys.filter((key) => key.includes('你们'))).toEqual([]);
  });

  it('reports one burst once, under the keyword that finds all its cases, and never what every complaint says (要求)', () => {
    // A tester's desk: fifteen customers' toothbrush bases running hot, five of them say 电动牙刷充电座; seven unrelated demands.
    const bases = [
      '刚买的电动牙刷充电座插上就发烫，牙刷充不进电。', '电动牙刷用了一周就充不进电了，充电座很烫手。', '牙刷充电座发烫，闻到塑料味，不敢再用了，要求退货。',
      '买的电动牙刷充电时充电座特别烫，而且充一晚上还是没电。', '电动牙刷充不进电，换了插座也不行，充电座发热严重。', '客户反映电动牙刷充电座发烫变形，要求换货。',
      '给老人买的电动牙刷，充电座烫得不能碰，担心安全。', '电动牙刷第二天就充不上电了，充电座一直发烫。', '充电座发烫，牙刷指示灯一直闪，充不满电。',
      '电动牙刷充电座烫手，牙刷完全没电，孩子没法用。', '收到的电动牙刷充电座有焦味，发烫，不敢用。', '电动牙刷充不进电，客服让我换插座试试，还是发烫。',
      '这款电动牙刷的充电座设计有问题，一充电就发烫。', '电动牙刷刚用三天，充电座发烫，牙刷不充电。', '电动牙刷充电座发烫严重，家里有小孩，要求全额退款。',
    ];
    const demands = ['物业费多收了，要求退还', '要求赔偿损失', '门店排队太久，要求改进', '快递员骂人，要求道歉', '积分清零了，要求恢复', '发票抬头错了，要求重开', '会员卡被冻结，要求解冻'];
    const older = quiet().map((c) => ({ ...c, description: c.description.replace('要求换货', '想换货') }));
    const recent = [...bases, ...demands].map((text, n) => kase(n % 3, text, { contactKeys: [`1370000${3000 + n}`] }));
    const keywords = findHotspots([...older, ...recent], SETTINGS, NOW).hotspots.filter((h) => h.kind === 'keyword');
    expect(keywords.map((h) => [h.key, h.recent])).toEqual([['充电座', 14]]);
  });

  it('ignores digits (order numbers, times) however often they occur', () => {
    const cases = [...quiet(), ...Array.from({ length: 12 }, (_, n) => kase(n % 3, `订单 20261122 于 12 点下单`))];
    const keys = findHotspots(cases, SETTINGS, NOW).hotspots.map((h) => h.key);
    expect(keys.some((key) => /^\d+$/.test(key))).toBe(false);
    // 订单 and 点下单 rise in the same cases: one hot-spot.
    expect(keys).toHaveLength(1);
    expect(['订单', '点下单']).toContain(keys[0]);
  });

  it('does not glue a model number’s last letters or digits to the phrase after it', () => {
    const tails = ['，差点触电', '，跳闸了', '，要求退货', '，吓死人', '，手都麻了', '，非常危险', '，要求赔偿'];
    const kettles = tails.map((tail, n) => kase(n % 3, `小熊电水壶ZDH-A15使用时漏电${tail}`));
    const keys = findHotspots([...quiet(), ...kettles], SETTINGS, NOW).hotspots.filter((h) => h.kind === 'keyword').map((h) => h.key);
    expect(keys.length).toBeGreaterThan(0);
    const straddles = (key: string) => /[0-9a-z][^0-9a-z]|[^0-9a-z][0-9a-z]/i.test(key);
    expect(keys.filter(straddles)).toEqual([]);
    expect(keys.some((key) => key.includes('使用时漏电'))).toBe(true);
    // Nor the other way round: digits after a phrase (漏电3次) stay out of it.
    const again = Array.from({ length: 7 }, (_, n) => kase(n % 3, `插座漏电${n + 2}次了`));
    const moreKeys = findHotspots([...quiet(), ...again], SETTINGS, NOW).hotspots.map((h) => h.key);
    expect(moreKeys.filter(straddles)).toEqual([]);
  });

  it('tests bigrams within a code or within the text, not across the two', () => {
    expect(['漏电', 'a1', 'zd'].filter(isKeywordGram)).toEqual(['漏电', 'a1', 'zd']);
    expect(['5使', '电3', 'h漏', '15'].filter(isKeywordGram)).toEqual([]);
  });

  it('flags a category rising among the graded cases, and a product by the name as typed', () => {
    const cases: HotspotCase[] = quiet().map((c, n) => ({ ...c, category: n % 2 === 0 ? 'logistics' : 'billing' }));
    // Recent: half of the new cases are not graded yet; the graded ones are mostly product quality.
    for (let n = 0; n < 12; n += 1) cases.push(kase(n % 3, '收到的东西坏了', { category: n % 2 === 0 ? 'product_quality' : null, product: ' 智能水杯 ' }));
    const { hotspots } = findHotspots(cases, SETTINGS, NOW);
    expect(hotspots.find((h) => h.kind === 'category')).toMatchObject({ key: 'product_quality', recent: 6, baselineDaily: 0 });
    expect(hotspots.find((h) => h.kind === 'product')).toMatchObject({ key: '智能水杯', label: '智能水杯', recent: 12 });
  });

  it('warns once when a keyword rises in exactly the cases of a product and only names it (充电宝 and 充电宝), twice when it says more', () => {
    const texts = ['充电宝发烫', '买的充电宝坏了', '充电宝充不进电', '充电宝用了两天就坏', '这个充电宝有焦味', '充电宝漏液'];
    const cases = texts.map((text, n) => kase(n % 3, text, { contactKeys: [`1380013801${n}`], product: '充电宝' }));
    const { hotspots } = findHotspots([...quiet(), ...cases], SETTINGS, NOW);
    expect(hotspots.map((h) => [h.kind, h.key, h.recent])).toEqual([['product', '充电宝', 6]]);
  });

  it('counts customers: one customer’s repeated complaints are no batch, several customers’ are, said with how many', () => {
    const texts = ['充电宝鼓包了', '我的充电宝鼓包', '充电宝鼓包，要求退货', '又来说充电宝鼓包', '充电宝鼓包还没人管', '第六次说充电宝鼓包'];
    const one = texts.map((text, n) => kase(n % 3, text, { contactKeys: ['13800138000'], product: 'P10 充电宝' }));
    expect(findHotspots([...quiet(), ...one], SETTINGS, NOW).hotspots).toEqual([]);
    // Two customers, three complaints each: still fewer customers than a hot-spot needs cases (5).
    const two = texts.map((text, n) => kase(n % 3, text, { contactKeys: [n % 2 === 0 ? '13800138000' : 'a@b.cn'], product: 'P10 充电宝' }));
    expect(findHotspots([...quiet(), ...two], SETTINGS, NOW).hotspots).toEqual([]);
    // Five customers (one twice, one with no contact details): a batch, from 5 customers.
    const five = texts.map((text, n) => kase(n % 3, text, { ...(n < 5 ? { contactKeys: [`1380013800${n % 4}`] } : {}), product: 'P10 充电宝' }));
    const { hotspots } = findHotspots([...quiet(), ...five], SETTINGS, NOW);
    expect(hotspots.map((h) => [h.kind, h.key, h.recent, h.customers])).toEqual(
      expect.arrayContaining([
        ['product', 'p10 充电宝', 6, 5],
        ['keyword', '充电宝鼓包', 6, 5],
      ]),
    );
  });

  it('knows a customer by any of their contact details: one who phoned some complaints and e-mailed others is one customer', () => {
    const texts = ['充电宝鼓包了', '我的充电宝鼓包', '充电宝鼓包，要求退货', '又来说充电宝鼓包', '充电宝鼓包还没人管', '第六次说充电宝鼓包'];
    // Each complaint gives a new detail beside one given before (a new phone, then an e-mail, an account…): one customer.
    const contacts = [['13800138000'], ['13900139000', '13800138000'], ['wang@qq.com', '13900139000'], ['wb:老王', 'wang@qq.com'], ['13700137000', 'wb:老王'], ['wang2@qq.com', '13700137000']];
    const cases = texts.map((text, n) => kase(n % 3, text, { contactKeys: contacts[n]!, product: 'P10 充电宝' }));
    expect(findHotspots([...quiet(), ...cases], SETTINGS, NOW).hotspots).toEqual([]);
    // Five customers, one of them reached by phone once and by e-mail once (both given the second time).
    const five = texts.map((text, n) => kase(n % 3, text, { contactKeys: [['1'], ['2'], ['3'], ['4'], ['5', 'x@y.cn'], ['x@y.cn']][n]!.map((k) => (k.includes('@') ? k : `1390000000${k}`)), product: 'P10 充电宝' }));
    expect(findHotspots([...quiet(), ...five], SETTINGS, NOW).hotspots.find((h) => h.kind === 'product')).toMatchObject({ recent: 6, customers: 5 });
  });

  it('gives a repeat complainant’s words no place among the ten keywords shown', () => {
    const words = ['漏水', '断电', '异味', '掉漆', '裂缝', '生锈', '发霉', '卡顿', '黑屏', '杂音'];
    // The biggest rise is one customer's eight complaints; ten words rise among five customers each.
    const repeated = Array.from({ length: 8 }, (_, n) => kase(n % 3, '虫子', { contactKeys: ['13900000000'] }));
    const bursts = words.flatMap((word) => Array.from({ length: 5 }, (_, n) => kase(n % 3, word)));
    const keys = findHotspots([...quiet(), ...repeated, ...bursts], SETTINGS, NOW)
      .hotspots.filter((h) => h.kind === 'keyword')
      .map((h) => h.key);
    expect(keys.sort()).toEqual([...words].sort());
  });

  it('falls back to the word many customers share when the longer phrase is one repeat complainant’s wording', () => {
    const repeated = Array.from({ length: 6 }, (_, n) => kase(n % 3, '楼上卫生间漏水把天花板泡坏了', { contactKeys: ['13900000000'] }));
    const others = ['厨房水管漏水', '空调外机漏水', '热水器也漏水', '洗衣机底下漏水'].map((text, n) => kase(n % 3, text));
    const keywords = findHotspots([...quiet(), ...repeated, ...others], SETTINGS, NOW).hotspots.filter((h) => h.kind === 'keyword');
    expect(keywords.map((h) => [h.key, h.recent, h.customers])).toEqual([['漏水', 10, 5]]);
  });

  it('leaves out cases outside the window', () => {
    const old = Array.from({ length: 30 }, () => kase(40, '送餐员迟到'));
    const answer = findHotspots([...quiet(), ...old], SETTINGS, NOW);
    expect(answer.cases).toEqual({ recent: 12, baseline: 112 });
  });
});

describe('hotspotFilter', () => {
  const window = { recentFrom: new Date(2026, 10, 21).getTime() };
  it('opens the table on a category by its filter and on a keyword or product by the search text, since the window began', () => {
    expect(hotspotFilter({ kind: 'category', key: 'logistics' }, window)).toEqual({ archived: 'all', receivedFrom: window.recentFrom, categories: ['logistics'] });
    expect(hotspotFilter({ kind: 'keyword', key: '送餐员' }, window)).toEqual({ archived: 'all', receivedFrom: window.recentFrom, text: '送餐员' });
    expect(hotspotFilter({ kind: 'product', key: '智能水杯', label: '智能水杯' }, window)).toMatchObject({ text: '智能水杯' });
  });
});
