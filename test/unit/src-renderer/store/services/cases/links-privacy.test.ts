import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../../../../../src-renderer/domain/audit/chain';
import { verifyChain } from '../../../../../../src-renderer/domain/audit/chain';
import type { CustomerExport } from '../../../../../../src-renderer/domain/privacy/customer';
import { subjectEvents } from '../../../../../../src-renderer/store/core/audit';
import type { AuditPage } from '../../../../../../src-renderer/store/services/audit/list';
import type { CaseDetail } from '../../../../../../src-renderer/store/services/cases/queries';
import { caseAt, steps } from '../../flow';
import { DAY, ok, openTestStore, PASSWORD, register, type TestStore, type Who } from '../../fixtures';

let store: TestStore;
afterEach(async () => store?.close());

const merge = (caseId: string, into: string, note: string) => store.send('cases.terminate', { caseId, reason: 'duplicate', duplicateOfNo: into, note }, 'supervisor');
const inform = (caseId: string, mergedId: string, note: string, channel = 'phone') => store.send('feedback.informMerged', { caseId, mergedId, outcome: 'informed', channel, note });
const page = (id: string, who: Who = 'agent') => store.run<CaseDetail>('cases.detail', { id }, who);
const json = (value: unknown) => JSON.stringify(value);

async function anonymise(caseIds: string[]) {
  const session = store.session('legal');
  ok(await store.dispatcher.dispatch('auth.confirm', { password: PASSWORD }, session));
  ok(await store.dispatcher.dispatch('cases.anonymise', { caseIds }, session));
}

const LETTER = '北京市朝阳区幸福路88号3单元';
const ACCOUNT = 'lilei_letters';

describe('notes about another case’s customer, for a role without contacts.view', () => {
  it('are masked with that case’s address and account on the page, the timeline, the audit log; the record withholds them', async () => {
    store = await openTestStore();
    const primary = await caseAt(store, 'executing');
    const letter = await register(store, { customerName: '李雷', phone: '', channel: 'letter', address: LETTER, socialPlatform: 'weibo', socialAccount: ACCOUNT });
    const neighbour = await register(store, { customerName: '韩梅梅', phone: '13600002222', address: '上海市浦东新区世纪大道100号' });
    ok(await merge(letter.id, primary.no, `李雷来信，地址${LETTER}，微博${ACCOUNT}`));
    ok(await store.send('cases.link', { caseId: primary.id, otherNo: neighbour.no, kind: 'same_incident', note: '同楼上海市浦东新区世纪大道100号' }));
    await steps.completeExecution(store, primary.id);
    ok(await inform(primary.id, letter.id, `已寄信至${LETTER}`, 'letter'));
    const secrets = [LETTER, ACCOUNT, '世纪大道100号'];
    const holds = (value: unknown) => secrets.filter((secret) => json(value).includes(secret));

    // Whoever may see contacts reads them whole: the masking below is not for want of data.
    const agent = await page(primary.id);
    expect(holds({ events: agent.events, record: agent.record, links: agent.links })).toEqual(secrets);

    const director = await page(primary.id, 'director');
    expect(holds(director.events)).toEqual([]);
    expect(holds(director.record)).toEqual([]);
    expect(holds(director.links)).toEqual([]);
    expect(director.record.mergedCases![0]!.informed).toMatchObject({ outcome: 'informed', note: '***' });
    expect(director.links.merged[0]).toMatchObject({ note: '李雷来信，地址北京市****，微博l****s', informed: { note: '已寄信至北京市****' } });
    expect(director.links.related[0]!.note).toBe('同楼上海市****');
    const event = (command: string) => director.events.find((e) => e.command === command)!;
    expect(event('cases.merge').detail!.note).toBe('李雷来信，地址北京市****，微博l****s');
    expect(event('feedback.informMerged').detail!.note).toBe('已寄信至北京市****');
    expect(event('cases.link').detail!.note).toBe('同楼上海市****');
    expect(holds(await store.run<AuditEvent[]>('audit.forCase', { caseId: primary.id }, 'director'))).toEqual([]);

    // The administrator reads the audit log without contacts.view.
    const log = await store.run<AuditPage>('audit.list', { caseNo: primary.no }, 'admin');
    expect(log.events.map((e) => e.command)).toEqual(expect.arrayContaining(['cases.merge', 'feedback.informMerged', 'cases.link']));
    expect(holds(log.events)).toEqual([]);
    expect(holds((await store.run<AuditPage>('audit.list', { caseNo: primary.no }, 'legal')).events)).toEqual(secrets);
  });
});

describe('anonymising a merged or related case', () => {
  it('takes its customer off the other cases: their records, histories, pages and their customers’ exports', async () => {
    store = await openTestStore();
    const primary = await caseAt(store, 'executing');
    const duplicate = await register(store, { customerName: '李雷', phone: '13700001111' });
    const related = await register(store, { customerName: '韩梅梅', phone: '13600002222' });
    ok(await merge(duplicate.id, primary.no, '李雷13700001111再次来电'));
    ok(await store.send('cases.link', { caseId: related.id, otherNo: duplicate.no, kind: 'same_order', note: '李雷与韩梅梅同一订单' }));
    await steps.completeExecution(store, primary.id);
    ok(await inform(primary.id, duplicate.id, '已致电李雷告知'));
    await steps.satisfied(store, primary.id);
    store.clock.now += 1096 * DAY;
    await anonymise([duplicate.id]);

    for (const id of [primary.id, related.id]) {
      const stored = (await store.db.cases.get(id))!;
      expect(json(stored)).not.toContain('李雷');
      const shown = await page(id);
      expect(json(shown.events)).not.toContain('李雷');
      expect(json(shown.links)).not.toContain('李雷');
      const events = await subjectEvents(store.db, id);
      expect(events.at(-1)).toMatchObject({ command: 'cases.linkedAnonymised', actor: { role: 'legal' }, detail: { caseNo: duplicate.no } });
      expect(verifyChain(events).ok).toBe(true);
    }
    const shown = await page(primary.id);
    expect(shown.links.merged[0]).toMatchObject({ no: duplicate.no, anonymised: true, state: 'informed', informed: { note: '***' } });
    expect(shown.events.find((e) => e.command === 'cases.merge')!.detail).toMatchObject({ caseNo: duplicate.no, note: '***' });
    // The related case keeps the link, its note withheld.
    expect((await store.db.cases.get(related.id))!.relatedCases![0]).toMatchObject({ no: duplicate.no, kind: 'same_order', note: '***' });
    // The primary's customer's own export carries no other customer's complaint nor notes on them.
    const exported = await store.run<CustomerExport>('customers.export', { phone: '13812345678' }, 'legal');
    expect(exported.cases.map((c) => c.record.no)).toContain(primary.no);
    expect(json(exported)).not.toContain('李雷');
    expect(exported.cases.every((c) => c.record.mergedCases === undefined && c.record.relatedCases === undefined)).toBe(true);
  });

  it('an anonymised primary still asks for another customer merged into it, as compared when it was anonymised', async () => {
    store = await openTestStore();
    const primary = await caseAt(store, 'closed');
    const late = await register(store, { customerName: '李雷', phone: '13700001111' });
    ok(await merge(late.id, primary.no, '结案后客户再次来电'));
    expect((await page(primary.id)).links).toMatchObject({ waiting: [late.no], merged: [{ mustInform: true, state: 'waiting' }] });
    store.clock.now += 1096 * DAY;
    await anonymise([primary.id]);
    expect((await page(primary.id)).links).toMatchObject({ waiting: [late.no], merged: [{ no: late.no, mustInform: true, state: 'waiting' }] });
    expect((await page(late.id)).links.mergedInto).toMatchObject({ no: primary.no, mustInform: true, informed: null });
  });
});
