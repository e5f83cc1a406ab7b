import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SimilarCase } from '../../../../../../src-renderer/domain/assist/similar';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import { loadComplaintTexts } from '../../../../../fixtures/reviews';
import { caseAt, steps, SURVEY } from '../../flow';
import { DAY, ok, PASSWORD, refusal, openTestStore, type TestStore } from '../../fixtures';

const similar = (store: TestStore, args: Record<string, unknown>, who: Parameters<TestStore['run']>[2] = 'agent') =>
  store.run<SimilarCase[]>('assist.similar', args, who);

/** Texts no review comes close to, so these cases are the only good matches. */
const LEAKING_HEATER = '热水器安装后第二天就开始漏水，师傅上门三次仍未修好，墙面和地板都被泡坏了';
const LEAKING_QUERY = '新装的热水器一直漏水，师傅来了几次都没修好，地板泡坏了';

describe('assist.similar on real complaint texts', { timeout: 120_000 }, () => {
  let store: TestStore;
  let closed: CaseRecord[];

  beforeAll(async () => {
    store = await openTestStore();
    // Three hundred real complaints, lived through the loop by the demo generator: most of them closed.
    ok(await store.send('demo.seed', { count: 300, startIndex: 0, seed: 9, texts: loadComplaintTexts().slice(0, 300) }, 'admin'));
    closed = (await store.db.cases.where('status').equals('closed').toArray()).sort((a, b) => a.no.localeCompare(b.no));
  });
  afterAll(() => store.close());

  it('ranks first the closed case a text was taken from, with scores from 1 down', async () => {
    const targets = closed.filter((c) => [...c.description].length >= 40).slice(0, 12);
    expect(targets.length).toBe(12);
    for (const target of targets) {
      // Two thirds of the customer's words, as another customer might put the same problem.
      const query = [...target.description].slice(0, Math.ceil(([...target.description].length * 2) / 3)).join('');
      const hits = await similar(store, { text: query });
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.length).toBeLessThanOrEqual(5);
      // The demo may have drawn the same review twice: any case with that description is the right answer.
      const first = closed.find((c) => c.id === hits[0]!.id)!;
      expect(first.description, target.no).toBe(target.description);
      expect(hits[0]!.score).toBeGreaterThan(0.5);
      for (const [i, hit] of hits.entries()) {
        expect(hit.score).toBeLessThanOrEqual(1);
        if (i > 0) expect(hit.score).toBeLessThanOrEqual(hits[i - 1]!.score);
      }
    }
  });

  it('compares a case on file by its description and leaves the case itself out', async () => {
    // One the demo drew twice: its twin is a match by any bar.
    const target = closed.find((c) => [...c.description].length >= 20 && closed.some((other) => other.id !== c.id && other.description === c.description))!;
    const hits = await similar(store, { caseId: target.id, limit: 20 });
    expect(hits.map((h) => h.id)).not.toContain(target.id);
    expect(hits.length).toBeGreaterThan(0);
    // Only closed cases, each answered as it is on file.
    for (const hit of hits) {
      const record = closed.find((c) => c.id === hit.id)!;
      expect(record.status).toBe('closed');
      expect(hit).toMatchObject({ no: record.no, category: record.category, severity: record.severity, closedAt: record.closedAt, satisfied: record.feedback?.satisfied ?? null });
    }
  });

  it('gives limit results at most, 5 by default, and nothing for a text with no letters', async () => {
    // Thirty complaints in one text: it shares enough with each of them.
    const text = closed.slice(0, 30).map((c) => c.description).join('。');
    expect((await similar(store, { text, limit: 2 })).length).toBe(2);
    const many = (await similar(store, { text, limit: 20 })).length;
    expect(many).toBeGreaterThan(5);
    expect(many).toBeLessThanOrEqual(20);
    expect((await similar(store, { text })).length).toBe(5);
    expect(await similar(store, { text: '！？。 …' })).toEqual([]);
  });
});

describe('assist.similar on a desk full of bare sentiment', { timeout: 120_000 }, () => {
  let store: TestStore;
  const bare: CaseRecord[] = [];
  let washer: CaseRecord;
  let fridge: CaseRecord;

  beforeAll(async () => {
    store = await openTestStore();
    ok(await store.send('demo.seed', { count: 300, startIndex: 0, seed: 9, texts: loadComplaintTexts().slice(0, 300) }, 'admin'));
    // Real reviews that say only how the customer feels: a tester's desk had 18 % of one of them.
    for (const description of ['不满意，不满意，不满意。', '不满意 差评', '像素太差，不满意！', '太失望了，垃圾', '非常生气，差评！']) {
      for (let n = 0; n < 3; n += 1) bare.push(await caseAt(store, 'closed', { description }));
    }
    washer = await caseAt(store, 'closed', { description: '洗衣机坏了报修，维修师傅约了三次都没上门，打电话催也没人来', product: '洗衣机' });
    fridge = await caseAt(store, 'closed', { description: '冰箱买回来不到一周就不制冷了，冷藏室温度一直降不下来', product: '冰箱' });
  });
  afterAll(() => store.close());

  it('matches by what a complaint is about, never by 不满意 or 差评 alone', async () => {
    const bareIds = new Set(bare.map((c) => c.id));
    const cases = [
      ['上次投诉的洗衣机问题还没解决，师傅一直没来，客户很不满意，再次来电催促。', washer],
      ['冰箱买回来一周就不制冷了，客户非常不满意。', fridge],
      ['客户反映空调安装师傅多收了200元安装费，态度还很差，客户很不满意。', null],
      ['客户对上次的处理结果不满意，要求重新处理并给个说法。', null],
    ] as const;
    for (const [text, expected] of cases) {
      const hits = await similar(store, { text });
      expect(hits.filter((hit) => bareIds.has(hit.id)).map((hit) => hit.excerpt), text).toEqual([]);
      if (expected) expect(hits[0]?.id, text).toBe(expected.id);
    }
    // A text of nothing but feelings is like no case.
    expect(await similar(store, { text: '客户非常不满意，差评，太失望了！' })).toEqual([]);
  });
});

describe('assist.similar keeping up with the cases', { timeout: 60_000 }, () => {
  let store: TestStore;
  beforeEach(async () => {
    store = await openTestStore();
  });
  afterEach(() => store.close());

  it('finds a case once it closes, loses it when it is sent back for re-handling, finds it again when closed again', async () => {
    const open = await caseAt(store, 'executing', { description: LEAKING_HEATER, product: '热水器' });
    await caseAt(store, 'closed', { description: '快递三天未送达，客服电话一直打不通。' });
    const ids = async () => (await similar(store, { text: LEAKING_QUERY })).map((h) => h.id);
    expect(await ids()).toEqual([]);

    await steps.completeExecution(store, open.id);
    await steps.satisfied(store, open.id);
    expect(await ids()).toEqual([open.id]);

    await store.run('feedback.qualityReturn', { caseId: open.id, reason: '回访记录不完整' }, 'supervisor');
    expect(await ids()).toEqual([]);

    for (const step of [steps.submitPlan, steps.approvePlan, steps.completeExecution, steps.satisfied]) await step(store, open.id);
    const [hit] = await similar(store, { text: LEAKING_QUERY });
    expect(hit).toMatchObject({ id: open.id, category: 'logistics', satisfied: true, resolution: '补发商品；致电道歉 / 已补发并道歉 / 已告知处理结果', compensation: { type: 'none', amount: null } });
    expect(hit!.scores).toEqual(SURVEY);
    expect(hit!.score).toBeGreaterThan(0.1);
  });

  it('does not offer a case that shares only the words every complaint uses, and shows what each match was about', async () => {
    const invoice = await caseAt(store, 'closed', { description: '投诉：发票抬头开错了，这个问题希望客服尽快处理。' });
    await caseAt(store, 'closed', { description: '投诉：快递三天未送达，这个问题希望客服尽快处理。' });
    const hits = await similar(store, { text: '投诉发票抬头开错，问题一直没人处理，客服也不回复' });
    expect(hits.map((hit) => [hit.id, hit.excerpt])).toEqual([[invoice.id, '投诉：发票抬头开错了，这个问题希望客服尽快处理。']]);
  });

  it('names no customer: not in the resolution, not after anonymisation either', async () => {
    const person = { customerName: '陈晓燕', phone: '13912345678', email: 'chen.xy@example.com', orderNo: 'JD2026001', description: LEAKING_HEATER };
    const record = await caseAt(store, 'planning', person);
    await store.run('plans.submit', { caseId: record.id, measures: ['上门更换热水器', '致电陈晓燕 13912345678 道歉'], ownerId: 'u-agent', department: '售后服务部', dueAt: store.now() + 3 * DAY });
    await steps.approvePlan(store, record.id);
    await steps.completeExecution(store, record.id);
    await store.run('feedback.record', { caseId: record.id, channel: 'email', result: '已邮件告知 chen.xy@example.com，陈晓燕确认订单 JD2026001 已换新', at: store.now(), scores: SURVEY, satisfied: true });

    const personal = ['陈晓燕', '13912345678', 'chen.xy', 'JD2026001'];
    for (const who of ['agent', 'director', 'ops', 'legal', 'admin'] as const) {
      const hits = await similar(store, { text: LEAKING_QUERY }, who);
      expect(hits.map((h) => h.id)).toEqual([record.id]);
      for (const value of personal) expect(JSON.stringify(hits)).not.toContain(value);
    }
    expect((await similar(store, { text: LEAKING_QUERY }))[0]!.resolution).toBe('上门更换热水器；致电*** *** 道歉 / 已补发并道歉 / 已邮件告知 ***，***确认订单 *** 已换新');

    await store.run('settings.update', { key: 'privacy', value: { retentionDays: 30, alertLogDays: 365 } }, 'admin');
    store.clock.now += 31 * DAY;
    const session = store.session('legal');
    ok(await store.dispatcher.dispatch('auth.confirm', { password: PASSWORD }, session));
    ok(await store.dispatcher.dispatch('cases.anonymise', { caseIds: [record.id] }, session));
    const [hit] = await similar(store, { text: LEAKING_QUERY });
    expect(hit).toMatchObject({ id: record.id, satisfied: true });
    for (const value of personal) expect(JSON.stringify(hit)).not.toContain(value);
  });

  it('names nobody its texts mention: a relative and their account, the address down to the building, the customer by title', async () => {
    // What a tester's desk showed on an unrelated customer's case, for every role.
    const person = {
      customerName: '王建国',
      phone: '13611112222',
      email: 'wjg1980@163.com',
      address: '北京市朝阳区望京花园3号楼502室',
      orderNo: 'JD20261101889',
      product: '热水器',
      description: '王建国先生反映，他的妻子李秀英（手机 137 5555 6666，微信号 lixiuying_88）在望京花园3号楼楼下收快递时，快递员把热水器直接摔在地上，外壳破裂，无法使用。',
    };
    const record = await caseAt(store, 'planning', person);
    await store.run('plans.submit', { caseId: record.id, measures: ['致电王建国先生及其妻子李秀英道歉', '安排师傅到望京花园3号楼502上门更换热水器'], ownerId: 'u-agent', department: '售后服务部', dueAt: store.now() + 3 * DAY });
    await steps.approvePlan(store, record.id);
    await store.run('progress.complete', { caseId: record.id, summary: '已为王先生更换热水器，李秀英签收' });
    await store.run('feedback.record', { caseId: record.id, channel: 'phone', result: '王建国表示满意，回访电话13611112222', at: store.now(), scores: SURVEY, satisfied: true });

    const personal = ['王建国', '王先生', '李秀英', 'lixiuying', '5555', '望京花园', '13611112222', 'JD20261101889'];
    for (const who of ['agent', 'supervisor', 'director', 'legal', 'admin'] as const) {
      const hits = await similar(store, { text: '快递员送热水器时把箱子摔在地上，热水器外壳破裂无法使用' }, who);
      expect(hits.map((h) => h.id)).toEqual([record.id]);
      for (const value of personal) expect(JSON.stringify(hits), `${who}: ${value}`).not.toContain(value);
    }
    const [hit] = await similar(store, { text: '快递员把热水器摔在地上，外壳破裂' });
    // What it was about and how it was resolved stay readable.
    expect(hit!.excerpt).toBe('***先生反映，他的妻子***（手机 ***，微信号 ***）在***楼下收快递时，快递员把热水器直接摔在地上，外壳破裂…');
    expect(hit!.resolution).toBe('致电***先生及其妻子***道歉；安排师傅到***上门更换热水器 / 已为***先生更换热水器，***签收 / ***表示满意，回访电话***');
  });

  it('refuses a limit out of range, a call with neither case nor text, and an unknown case', async () => {
    for (const limit of [0, 21, 2.5]) {
      const error = refusal(await store.send('assist.similar', { text: '漏水', limit }));
      expect(error.code).toBe('validation.failed');
      expect(error.fields?.[0]?.field).toBe('limit');
    }
    expect(refusal(await store.send('assist.similar', {})).fields?.[0]?.field).toBe('text');
    expect(refusal(await store.send('assist.similar', { caseId: 'no-such-case' })).code).toBe('cases.notFound');
    expect(refusal(await store.send('assist.similar', { text: '漏水' }, null)).code).toBe('auth.signInRequired');
  });
});
