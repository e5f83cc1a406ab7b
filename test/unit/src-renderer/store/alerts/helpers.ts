import type { FeedMessage, RaisedAlert } from '../../../../../src-main/core/alert-feed';
import type { CaseRecord } from '../../../../../src-renderer/domain/cases/case';
import type { ClockKind } from '../../../../../src-renderer/domain/clocks/clock';
import { createDeadlineFeed, type DeadlineFeed } from '../../../../../src-renderer/store/alerts/feed';
import type { ChangeEvent } from '../../../../../src-renderer/store/rpc/define';
import { MINUTE, type TestStore, type Who } from '../fixtures';

/**
 * Makes `who` the desk user: their session the most recently used, every
 * other fixture session a minute older (all are still live).
 */
export async function makeDeskUser(store: TestStore, who: Who): Promise<void> {
  const now = store.now();
  await store.db.sessions.toCollection().modify((session) => {
    session.lastSeenAt = session.userId === store.users[who].id ? now : now - MINUTE;
  });
}

export interface AttachedFeed {
  feed: DeadlineFeed;
  messages: FeedMessage[];
  /** Messages published since the last call. */
  take(): Promise<FeedMessage[]>;
}

/**
 * A deadline feed on the test store, told of every change the store's real
 * dispatcher publishes (as the host wires it), collecting what it publishes.
 */
export function attachFeed(store: TestStore, chunkSize?: number): AttachedFeed {
  const messages: FeedMessage[] = [];
  const feed = createDeadlineFeed(store.db, { publish: (message) => messages.push(message), now: store.now, chunkSize });
  const push = store.events.push.bind(store.events);
  store.events.push = (...batches: ChangeEvent[][]) => {
    for (const batch of batches) feed.onChanges(batch);
    return push(...batches);
  };
  let seen = 0;
  return {
    feed,
    messages,
    async take() {
      await feed.idle();
      const fresh = messages.slice(seen);
      seen = messages.length;
      return fresh;
    },
  };
}

/** An alert as the runtime reports it, about one clock of a case. */
export function raisedAbout(record: CaseRecord, kind: ClockKind, patch: Partial<RaisedAlert> = {}): RaisedAlert {
  return {
    key: `${record.id}:${kind}`,
    caseId: record.id,
    caseNo: record.no,
    severity: record.severity,
    clockKind: kind,
    dueAt: record.clocks[kind]!.dueAt,
    kind: 'overdue',
    capacity: 'owner',
    delivery: 'single',
    at: record.clocks[kind]!.dueAt,
    ...patch,
  };
}
