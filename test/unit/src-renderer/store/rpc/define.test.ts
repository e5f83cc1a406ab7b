import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createHandlers } from '../../../../../src-renderer/store/api';
import { command, mergeServices, query } from '../../../../../src-renderer/store/rpc/define';

const noop = query(z.object({}), async () => null);

describe('mergeServices', () => {
  it('merges the area modules into one map', () => {
    const merged = mergeServices({ 'a.one': noop }, { 'b.two': noop, 'b.three': noop });
    expect(Object.keys(merged).sort()).toEqual(['a.one', 'b.three', 'b.two']);
  });

  it('throws on a name defined twice, naming it', () => {
    expect(() => mergeServices({ 'cases.list': noop }, { 'cases.get': noop }, { 'cases.list': noop })).toThrow(/cases\.list/);
  });

  it('merges the app services without a clash', () => {
    const names = Object.keys(createHandlers());
    expect(names).toEqual(expect.arrayContaining(['cases.register', 'cases.list', 'cases.get', 'dashboard.figures', 'reports.monthly']));
  });

  it('marks commands and queries', () => {
    const handlers = createHandlers();
    expect(handlers['cases.register'].kind).toBe('command');
    expect(handlers['cases.list'].kind).toBe('query');
    expect(command(z.object({}), async () => null).kind).toBe('command');
  });
});
