import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sessionRow, userRow } from '../../../../../src-renderer/store/core/session-rows';
import { DeskDb } from '../../../../../src-renderer/store/db';

const opened: DeskDb[] = [];
const NOW = Date.UTC(2026, 11, 4, 2);

async function deskWithSessions(): Promise<DeskDb> {
  const db = new DeskDb(`session-rows-${crypto.randomUUID()}`);
  opened.push(db);
  await db.open();
  await db.sessions.bulkAdd([
    { token: 'token-a', userId: 'u-a', createdAt: NOW, lastSeenAt: NOW },
    { token: 'token-b', userId: 'u-b', createdAt: NOW, lastSeenAt: NOW },
  ]);
  return db;
}

afterEach(async () => {
  vi.restoreAllMocks();
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

describe('sessionRow', () => {
  it('reads a row once and answers again from memory, a missing token too', async () => {
    const db = await deskWithSessions();
    const reads = vi.spyOn(db.sessions, 'get');
    expect((await sessionRow(db, 'token-a'))?.userId).toBe('u-a');
    expect((await sessionRow(db, 'token-a'))?.userId).toBe('u-a');
    expect(await sessionRow(db, 'token-gone')).toBeUndefined();
    expect(await sessionRow(db, 'token-gone')).toBeUndefined();
    expect(reads).toHaveBeenCalledTimes(2);
  });

  it('is never staler than the table: updates, deletes by query, clears and additions are seen at once', async () => {
    const db = await deskWithSessions();
    await sessionRow(db, 'token-a');
    await sessionRow(db, 'token-b');
    await sessionRow(db, 'token-new');

    await db.sessions.update('token-a', { lockedAt: NOW + 1 });
    expect((await sessionRow(db, 'token-a'))?.lockedAt).toBe(NOW + 1);

    // As the users service ends a deactivated user's sign-ins.
    await db.sessions.where('userId').equals('u-b').delete();
    expect(await sessionRow(db, 'token-b')).toBeUndefined();

    await db.sessions.add({ token: 'token-new', userId: 'u-c', createdAt: NOW, lastSeenAt: NOW });
    expect((await sessionRow(db, 'token-new'))?.userId).toBe('u-c');

    await db.sessions.clear();
    expect(await sessionRow(db, 'token-a')).toBeUndefined();
    expect(await sessionRow(db, 'token-new')).toBeUndefined();
  });

  it('answers from the table after a write that was rolled back', async () => {
    const db = await deskWithSessions();
    await sessionRow(db, 'token-a');
    await expect(
      db.transaction('rw', db.sessions, async () => {
        await db.sessions.delete('token-a');
        throw new Error('changed our mind');
      }),
    ).rejects.toThrow('changed our mind');
    expect((await sessionRow(db, 'token-a'))?.userId).toBe('u-a');
  });

  it('does not keep a row read while a write ran', async () => {
    const db = await deskWithSessions();
    const reading = sessionRow(db, 'token-a');
    const writing = db.sessions.update('token-a', { lockedAt: NOW + 2 });
    await Promise.all([reading, writing]);
    expect((await sessionRow(db, 'token-a'))?.lockedAt).toBe(NOW + 2);
  });

  it('keeps each database to itself (a restore switches to another)', async () => {
    const first = await deskWithSessions();
    const second = await deskWithSessions();
    await sessionRow(first, 'token-a');
    await second.sessions.delete('token-a');
    expect((await sessionRow(first, 'token-a'))?.userId).toBe('u-a');
    expect(await sessionRow(second, 'token-a')).toBeUndefined();
  });

  it('keeps users’ rows the same way: a rename is seen at the next read, and a session write does not drop them', async () => {
    const db = await deskWithSessions();
    await db.users.add({ id: 'u-a', username: 'wang', name: '客服小王', role: 'agent', department: '客服中心', active: 1 } as never);
    const reads = vi.spyOn(db.users, 'get');
    expect((await userRow(db, 'u-a'))?.name).toBe('客服小王');
    await db.sessions.update('token-a', { lockedAt: NOW + 3 });
    expect((await userRow(db, 'u-a'))?.name).toBe('客服小王');
    expect(reads).toHaveBeenCalledTimes(1);
    await db.users.update('u-a', { name: '客服王芳', department: '售后服务部' });
    expect(await userRow(db, 'u-a')).toMatchObject({ name: '客服王芳', department: '售后服务部' });
    expect(reads).toHaveBeenCalledTimes(2);
  });
});
