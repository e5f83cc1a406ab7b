import { describe, expect, it } from 'vitest';
import type { AlertReport, WorkerReportMessage } from '../../../../src-main/core/alert-feed';
import { createReportOutbox } from '../../../../src-renderer/platform/report-outbox';

const report = (n: number): AlertReport => ({ type: 'acknowledge', userId: 'u-sup', keys: [`case-${n}:response`], at: n });

/** A page whose store Worker can be there or not; what each Worker received. */
function page(max?: number) {
  let worker: WorkerReportMessage[] | null = [];
  const workers: WorkerReportMessage[][] = [worker];
  const outbox = createReportOutbox((message) => {
    worker?.push(message);
    return worker !== null;
  }, max);
  return {
    outbox,
    received: () => worker!.map((m) => m.report.type === 'acknowledge' && m.report.at),
    die: () => void (worker = null),
    spawn: () => void workers.push((worker = [])),
    last: () => worker!.at(-1)!,
  };
}

describe('report outbox (browser harness)', () => {
  it('sends each report at once, numbered, and forgets it when the worker says it was handled', () => {
    const p = page();
    p.outbox.post(report(1));
    p.outbox.post(report(2));
    expect(p.received()).toEqual([1, 2]);
    expect(p.last()).toMatchObject({ type: 'alert-report', id: 2 });
    p.outbox.done(1);
    p.outbox.done(2);
    expect(p.outbox.size).toBe(0);
  });

  it('sends what a dead worker left unanswered to the next one, oldest first, with what came while none ran', () => {
    const p = page();
    p.outbox.post(report(1));
    p.outbox.post(report(2));
    p.outbox.done(1);
    p.die();
    p.outbox.post(report(3));
    p.spawn();
    p.outbox.resend();
    expect(p.received()).toEqual([2, 3]);
    // Answered by the new worker: nothing is sent a third time.
    for (const message of [2, 3]) p.outbox.done(message);
    p.spawn();
    p.outbox.resend();
    expect(p.received()).toEqual([]);
  });

  it('keeps at most `max` while no worker answers; the oldest go first', () => {
    const p = page(3);
    p.die();
    for (let n = 1; n <= 5; n += 1) p.outbox.post(report(n));
    expect(p.outbox.size).toBe(3);
    p.spawn();
    p.outbox.resend();
    expect(p.received()).toEqual([3, 4, 5]);
  });
});
