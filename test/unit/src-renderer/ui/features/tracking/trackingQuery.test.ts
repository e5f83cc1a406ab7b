import { afterEach, describe, expect, it } from 'vitest';
import { TrackingQuerySchema } from '../../../../../../src-renderer/domain/tracking/query';
import type { SavedView } from '../../../../../../src-renderer/domain/tracking/views';
import {
  applyView,
  keyOfQuery,
  matchingView,
  rememberChosenView,
  rememberPlace,
  restoreChosenView,
  restorePlace,
} from '../../../../../../src-renderer/ui/features/tracking/trackingQuery';

const stored = new Map<string, string>();
// The node project has no sessionStorage: a stand-in, as the browser keeps it for the window.
globalThis.sessionStorage = {
  getItem: (key: string) => stored.get(key) ?? null,
  setItem: (key: string, value: string) => void stored.set(key, value),
  removeItem: (key: string) => void stored.delete(key),
  clear: () => stored.clear(),
  key: () => null,
  length: 0,
} as Storage;
afterEach(() => stored.clear());

const saved = (id: string, name: string): SavedView => ({
  id,
  name,
  filter: TrackingQuerySchema.parse({ filter: { severities: ['major', 'general'] } }).filter,
  sort: { key: 'receivedAt', dir: 'desc' },
});

describe('matchingView', () => {
  const twins = [saved('a', '重大和一般'), saved('b', '我的重大和一般')];
  const query = applyView(twins[1]!, '');

  it('marks the view the user chose among views that show the same query, else the first', () => {
    expect(matchingView(query, twins, 'b')).toBe('b');
    expect(matchingView(query, twins, 'a')).toBe('a');
    expect(matchingView(query, twins)).toBe('a');
    // A chosen view the query no longer shows (or one deleted) is not marked.
    expect(matchingView(query, twins, 'all')).toBe('a');
    expect(matchingView(query, twins, 'gone')).toBe('a');
    expect(matchingView(applyView({ filter: {}, sort: { key: 'receivedAt', dir: 'desc' } }, '重大'), twins, 'b')).toBe('all');
    expect(matchingView(TrackingQuerySchema.parse({ filter: { severities: ['serious'] } }), twins, 'b')).toBeNull();
  });

  it('remembers the chosen view for the window', () => {
    expect(restoreChosenView('u1')).toBeNull();
    rememberChosenView('u1', 'b');
    expect(restoreChosenView('u1')).toBe('b');
    expect(restoreChosenView('u2')).toBeNull();
    rememberChosenView('u1', null);
    expect(restoreChosenView('u1')).toBeNull();
  });
});

describe('the place in the table', () => {
  it('belongs to one query, whatever order its keys were written in, and to one user', () => {
    const query = TrackingQuerySchema.parse({ filter: { text: '退款', severities: ['major'] }, sort: { key: 'severity', dir: 'desc' } });
    const reordered = { sort: { dir: 'desc', key: 'severity' }, filter: { ...query.filter } } as unknown as typeof query;
    expect(keyOfQuery(reordered)).toBe(keyOfQuery(query));
    rememberPlace('u1', keyOfQuery(query), { top: 36_040, active: 903 });
    expect(restorePlace('u1', keyOfQuery(reordered))).toEqual({ top: 36_040, active: 903 });
    expect(restorePlace('u2', keyOfQuery(query))).toBeNull();
    // Another search text is another query: it starts at the top.
    expect(restorePlace('u1', keyOfQuery({ ...query, filter: { ...query.filter, text: '退' } }))).toBeNull();
    // The latest query's place replaces the one before.
    rememberPlace('u1', keyOfQuery(TrackingQuerySchema.parse({})), { top: 0, active: -1 });
    expect(restorePlace('u1', keyOfQuery(query))).toBeNull();
  });

  it('ignores what it cannot read', () => {
    stored.set('complaint-desk:tracking-place:u1', '{broken');
    expect(restorePlace('u1', keyOfQuery(TrackingQuerySchema.parse({})))).toBeNull();
    stored.set('complaint-desk:tracking-place:u1', JSON.stringify({ key: keyOfQuery(TrackingQuerySchema.parse({})), top: 'far' }));
    expect(restorePlace('u1', keyOfQuery(TrackingQuerySchema.parse({})))).toBeNull();
  });
});
