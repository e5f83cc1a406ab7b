import { afterEach, describe, expect, it } from 'vitest';
import { recordBackup } from '../../../../../../src-renderer/store/backup/log';
import type { AuditPage } from '../../../../../../src-renderer/store/services/audit/list';
import { kindOf } from '../../../../../../src-renderer/store/services/audit/subjects';
import { NOW, openTestStore, type TestStore } from '../../fixtures';

let store: TestStore;
afterEach(async () => store?.close());

describe('the subject of backup events', () => {
  it('is the backups’ own chain, not a case (投诉单 backup)', async () => {
    store = await openTestStore();
    const admin = { id: 'u-admin', name: '管理员', role: 'admin' as const };
    const row = { at: NOW, fileName: 'complaint-desk-20261123-140500-pre-restore.cdbak', path: '/backups/x.cdbak', bytes: 2048, counts: { cases: 3 } };
    await recordBackup(store.db, { ...row, kind: 'pre-restore' }, admin, 'backup.preRestore');
    const [event] = (await store.run<AuditPage>('audit.list', { command: 'backup.preRestore', limit: 5 }, 'admin')).events;
    expect(event).toMatchObject({ subject: 'backup', subjectKind: 'backup', command: 'backup.preRestore' });
    expect(event).not.toHaveProperty('caseId');
    expect(event).not.toHaveProperty('subjectLabel');
    expect(kindOf('backup')).toEqual({ kind: 'backup', id: 'backup' });
  });
});
