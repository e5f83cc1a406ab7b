import type { RegistrationInput } from '../../src-renderer/domain/cases/registration';
import { CHANNELS, SEVERITIES } from '../../src-renderer/domain/cases/vocabulary';
import { rng } from '../../src-renderer/domain/demo/random';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍红建华文辉力鹏飞俊峰晨曦子涵宇轩浩然梓萱欣怡';

// One PRNG for the bench and the demo data (domain/demo/random.ts): every run registers the same cases.
export { rng };

/** Plausible registrations with real complaint texts, received over the last 90 days before `now`. */
export function makeRegistrations(texts: string[], count: number, now: number, seed = 42): RegistrationInput[] {
  const random = rng(seed);
  const pick = <T>(items: ArrayLike<T>): T => items[Math.floor(random() * items.length)] as T;
  const out: RegistrationInput[] = [];
  for (let i = 0; i < count; i += 1) {
    const name = pick(SURNAMES) + pick(GIVEN) + (random() < 0.5 ? pick(GIVEN) : '');
    const mobile = `1${pick('3456789')}${Math.floor(random() * 1e9).toString().padStart(9, '0')}`;
    const severityRoll = random();
    const phone = random() < 0.9 ? mobile : '';
    const receivedAt = now - Math.floor(random() * 90 * 24 * 3600 * 1000);
    const channel = pick(CHANNELS);
    out.push({
      receivedAt,
      channel,
      // A 12315 referral comes with its work order's number (registration requires it); unique per case.
      ...(channel === 'regulator_12315' && { referralNo: `BENCH-${seed}-${String(i + 1).padStart(7, '0')}` }),
      customerName: name,
      phone,
      // At least one contact, as intake requires.
      email: phone === '' || random() < 0.3 ? `customer${i}@example.cn` : '',
      description: pick(texts).slice(0, 5000),
      severity: severityRoll < 0.75 ? SEVERITIES[0] : severityRoll < 0.95 ? SEVERITIES[1] : SEVERITIES[2],
    });
  }
  return out;
}
