// Unknown user names are remembered up to a bound; a locked-out one is never the one forgotten,
// or a thousand other names tried would tell whether it exists (a real account stays locked).
import { describe, expect, it } from 'vitest';
import type { DeskDb } from '../../../../../../src-renderer/store/db';
import { countUnknownName, unknownNameTries } from '../../../../../../src-renderer/store/services/auth/unknown-names';

describe('unknown user names', () => {
  it('keeps a locked-out name locked however many other names are tried', () => {
    const db = {} as DeskDb;
    const now = 1_000_000;
    for (let i = 0; i < 5; i += 1) countUnknownName(db, 'zhangwei', now);
    expect(unknownNameTries(db, 'zhangwei').lockedUntil).toBeGreaterThan(now);
    for (let n = 0; n < 1_200; n += 1) countUnknownName(db, `name${n}`, now + 1);
    expect(unknownNameTries(db, 'zhangwei').lockedUntil).toBeGreaterThan(now);
    // The oldest names not locked out went instead.
    expect(unknownNameTries(db, 'name0')).toEqual({ failedSignIns: 0, lockedUntil: 0 });
    expect(unknownNameTries(db, 'name1199').failedSignIns).toBe(1);
  });
});
