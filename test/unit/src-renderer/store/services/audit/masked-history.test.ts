import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../../../../../src-renderer/domain/audit/chain';
import type { AuditPage } from '../../../../../../src-renderer/store/services/audit/list';
import { DAY, NOW, openTestStore, type TestStore } from '../../fixtures';
import { caseAt } from '../../flow';

let store: TestStore;
afterEach(async () => store?.close());

/** A Weibo customer, and a note that names them by their handle (in another letter case) and by a second number. */
const WEIBO = { channel: 'social_media', customerName: '微博网友', phone: '', email: '', socialPlatform: 'weibo', socialAccount: '@ZhangSan_88', address: '杭州市西湖区文三路88号' };
const NOTE = '已私信微博用户zhangsan_88，并按来信地址杭州市西湖区文三路88号寄出说明';

describe('a case’s history read without contacts.view', () => {
  it('masks the case’s own account and address in every event’s texts: the case timeline and the audit log', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'executing', WEIBO);
    // A correction's reason is kept in its event, not in the case.
    await store.run('cases.correct', { caseId: c.id, reason: NOTE, product: '双门冰箱' });

    const timeline = await store.run<AuditEvent[]>('audit.forCase', { caseId: c.id }, 'director');
    const progress = JSON.stringify(timeline.filter((event) => event.command === 'cases.correct'));
    expect(progress).toContain('Z****8');
    expect(progress.toLowerCase()).not.toContain('zhangsan_88');
    expect(progress).not.toContain('文三路88号');

    const log = await store.run<AuditPage>('audit.list', { caseNo: c.no, limit: 50 }, 'admin');
    const logged = JSON.stringify(log.events.filter((event) => event.command === 'cases.correct'));
    expect(logged).toContain('Z****8');
    expect(logged.toLowerCase()).not.toContain('zhangsan_88');
    // Whoever may see contacts reads the note as written.
    const whole = await store.run<AuditEvent[]>('audit.forCase', { caseId: c.id }, 'agent');
    expect(JSON.stringify(whole)).toContain('zhangsan_88');
  });

  it('names an improvement in the audit log by its title with the identifiers masked', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'executing');
    await store.run('improvements.save', { title: '回访13812345678未接通', rootCause: '号码错误', action: '核对号码', ownerId: 'u-supervisor', dueAt: NOW + 30 * DAY, caseIds: [c.id] }, 'supervisor');
    const log = await store.run<AuditPage>('audit.list', { limit: 50 }, 'admin');
    const labels = log.events.filter((event) => event.subjectKind === 'improvement').map((event) => event.subjectLabel);
    expect(labels).toEqual(['回访138****5678未接通']);
  });
});
