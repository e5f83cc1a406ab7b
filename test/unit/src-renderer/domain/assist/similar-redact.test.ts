import { describe, expect, it } from 'vitest';
import { introducedNames, similarRedactor } from '../../../../../src-renderer/domain/assist/similar-redact';
import type { CaseRecord } from '../../../../../src-renderer/domain/cases/case';
import { redactText } from '../../../../../src-renderer/domain/privacy/redact';
import { loadReviews } from '../../../../fixtures/reviews';

/** A case as the redaction reads it: its identity fields. */
function kase(fields: Partial<CaseRecord> = {}): CaseRecord {
  return { id: 'c1', customerName: '', phone: '', email: '', orderNo: '', ...fields } as CaseRecord;
}

const nobody = similarRedactor(kase(), [], []);

describe('similarRedactor', () => {
  it('takes the customer, a relative introduced by name and their account out of every text of the case', () => {
    const description = '王建国先生反映，他的妻子李秀英（手机 137 5555 6666，微信号 lixiuying_88）在望京花园3号楼楼下收快递时，热水器被摔坏。';
    const outcome = '已为王先生更换热水器，李秀英签收';
    const record = kase({ customerName: '王建国', phone: '13611112222', address: '北京市朝阳区望京花园3号楼502室' });
    const redact = similarRedactor(record, [], [description, outcome]);
    expect(redact(description)).toBe('***先生反映，他的妻子***（手机 ***，微信号 ***）在***楼下收快递时，热水器被摔坏。');
    expect(redact(outcome)).toBe('已为***先生更换热水器，***签收');
    // The door as a measure writes it, the district, the address whole.
    expect(redact('安排师傅到望京花园3号楼502上门；朝阳区望京花园3号楼502室；北京市朝阳区望京花园3号楼502室')).toBe('安排师傅到***上门；***；***');
  });

  it('knows the customer by a name and an address the history recorded before a correction', () => {
    const events = [{ changes: { customerName: { before: '高建华', after: '高建国' }, address: { before: '上海市浦东新区世纪花园8栋1201', after: '' } } }];
    const redact = similarRedactor(kase({ customerName: '高建国' }), events, []);
    // 高 is no common surname here (高兴), but it is this customer's.
    expect(redact('高建华来电，高先生说世纪花园8栋楼下的快递柜坏了')).toBe('***来电，***先生说***楼下的快递柜坏了');
  });

  it('takes accounts written after their platform, and plate numbers', () => {
    expect(nobody('加我微信：wxid_k2j3h4，或QQ 123456789，QQ号:88776655，账号 zhang_88，车牌京A12345停在门口')).toBe(
      '加我微信：***，或QQ ***，QQ号:***，账号 ***，车牌***停在门口',
    );
  });

  it('leaves ordinary words alone: no name, account or plate in them', () => {
    const ordinary = [
      '我和先生一起去的，前台小姐态度很好，客服小姐也很耐心',
      '老公马上就到，妻子高兴得很，朋友推荐的，儿子安装好了',
      '儿子严重过敏，女儿许多次投诉，妈妈曾经买过，爸爸付款了',
      '季羡林先生主编，小林先生的教育理念，鲁迅先生的书',
      '用微信支付了200元，QQ音乐打不开，账号被盗了，QQ EMAIL名片式存储',
      '型号ABC12345，订单号DD2026112300001，京东自营',
    ];
    for (const text of ordinary) expect(nobody(text)).toBe(text);
  });

  it('eats nothing ordinary in 75,000 real reviews: beyond redactText it takes only surnames before a title and handles after their platform', () => {
    const escape = (part: string) => part.replace(/[\\^$.*+?()[\]{}|]/gu, '\\$&');
    const taken: string[] = [];
    for (const { text } of loadReviews()) {
      const before = redactText(text);
      const after = nobody(text);
      if (after === before) continue;
      // Each *** of the answer stands for what it took (or for a *** redactText had put there already).
      const pieces = new RegExp(`^${after.split('***').map(escape).join('(.*?)')}$`, 'su').exec(before);
      expect(pieces, text).not.toBeNull();
      taken.push(...pieces!.slice(1).filter((piece) => piece !== '***'));
    }
    const surname = /^\p{Script=Han}{1,2}$/u;
    const handle = /^[A-Za-z0-9_.-]{5,}$/u;
    expect(taken.filter((piece) => !surname.test(piece) && !handle.test(piece))).toEqual([]);
    // A few dozen people and accounts in 75,000 reviews, not hundreds of ordinary words.
    expect(taken.length).toBeGreaterThan(20);
    expect(taken.length).toBeLessThan(100);
    expect(taken.filter((piece) => surname.test(piece)).length).toBeGreaterThan(20);
  });
});

describe('introducedNames', () => {
  it('finds a name after a kinship or role word, as long as it ends where a name ends', () => {
    expect(introducedNames('他的妻子李秀英（手机 ***）')).toEqual(['李秀英']);
    expect(introducedNames('老公王强说要退货；收货人：欧阳娜娜，儿子张伟在家')).toEqual(['王强', '欧阳娜娜', '张伟']);
    expect(introducedNames('妻子叫刘芳。')).toEqual(['刘芳']);
  });

  it('finds none in ordinary sentences, and in real reviews only the people the books tell of', () => {
    expect(introducedNames('老公马上就到，妻子黄色的外套，朋友说很好，同事帮忙买的，孩子吃了拉肚子')).toEqual([]);
    const found = new Set(loadReviews().flatMap((review) => introducedNames(review.text)));
    expect([...found].sort()).toEqual(['冯氏', '卢娜', '杜米'].sort());
  });
});
