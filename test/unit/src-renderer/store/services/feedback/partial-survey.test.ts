import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import type { TrackingWindow } from '../../../../../../src-renderer/store/services/tracking/rows';
import { caseAt } from '../../flow';
import { openTestStore, refusal, type TestStore } from '../../fixtures';

let store: TestStore;
afterEach(async () => store?.close());

async function awaitingCallback(): Promise<CaseRecord> {
  const record = await caseAt(store, 'executing');
  return store.run('progress.complete', { caseId: record.id, summary: '已补发并道歉' });
}

const survey = (caseId: string, scores: Record<string, unknown>) => ({ caseId, channel: 'phone', result: '已告知处理结果', at: store.now(), scores, satisfied: true });
const record = (caseId: string, scores: Record<string, unknown>) => store.send('feedback.record', survey(caseId, scores));
const recorded = (caseId: string, scores: Record<string, unknown>) => store.run<CaseRecord>('feedback.record', survey(caseId, scores));

describe('a survey answered in part (满意度调查)', () => {
  it('keeps a question the customer did not answer as unanswered, and the table shows the mean of the scores given', async () => {
    store = await openTestStore();
    const c = await awaitingCallback();
    const saved = await recorded(c.id, { efficiency: 4, resolution: null, attitude: 5, compensation: null });
    expect(saved.feedback?.scores).toEqual({ efficiency: 4, resolution: null, attitude: 5, compensation: null });
    const window = await store.run<TrackingWindow>('tracking.rows', { query: { filter: { archived: 'all' } } });
    expect(window.rows.find((row) => row.id === c.id)?.satisfaction).toBe(4.5);
    // The satisfaction filter reads the same mean: 4.5 is in 4.5–5, not in 1–4.
    const inRange = async (min: number, max: number) =>
      (await store.run<TrackingWindow>('tracking.rows', { query: { filter: { satisfactionMin: min, satisfactionMax: max } } })).rows.map((row) => row.id);
    expect(await inRange(4.5, 5)).toEqual([c.id]);
    expect(await inRange(1, 4)).toEqual([]);
  });

  it('refuses a score outside 1–5 or a question left out, and writes nothing', async () => {
    store = await openTestStore();
    const c = await awaitingCallback();
    const before = await store.snapshot();
    for (const [scores, field] of [
      [{ efficiency: 0, resolution: null, attitude: null, compensation: null }, 'scores.efficiency'],
      [{ efficiency: 6, resolution: 3, attitude: 3, compensation: 3 }, 'scores.efficiency'],
      [{ efficiency: 3, resolution: 3, attitude: 3 }, 'scores.compensation'],
    ] as const) {
      const refused = refusal(await record(c.id, scores));
      expect(refused.fields?.map((f) => f.field), JSON.stringify(scores)).toContain(field);
    }
    expect(await store.snapshot()).toEqual(before);
  });

  it('closes a case whose customer declined to rate: no score, no mean', async () => {
    store = await openTestStore();
    const c = await awaitingCallback();
    const saved = await recorded(c.id, { efficiency: null, resolution: null, attitude: null, compensation: null });
    expect(saved.status).toBe('closed');
    const window = await store.run<TrackingWindow>('tracking.rows', { query: { filter: { archived: 'all' } } });
    const row = window.rows.find((r) => r.id === c.id);
    expect(row?.satisfaction).toBeNull();
    // Declined is said as such, unlike a case not surveyed yet; a partial survey is not declined.
    expect(row?.surveyDeclined).toBe(true);
    const other = await recorded((await awaitingCallback()).id, { efficiency: 4, resolution: null, attitude: null, compensation: null });
    const again = await store.run<TrackingWindow>('tracking.rows', { query: { filter: { archived: 'all' } } });
    expect(again.rows.find((r) => r.id === other.id)?.surveyDeclined).toBeUndefined();
    expect(again.rows.filter((r) => r.surveyDeclined).map((r) => r.id)).toEqual([c.id]);
  });
});
