import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASE_STATUSES, CHANNELS, SEVERITIES } from '../../../../../src-renderer/domain/cases/vocabulary';
import { en } from '../../../../../src-renderer/ui/i18n/en';
import { zhCN } from '../../../../../src-renderer/ui/i18n/zh-CN';

type Tree = { readonly [key: string]: string | Tree };

/** Every leaf as `dotted.key` → text. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const zh = flatten(zhCN);
const english = flatten(en);
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const SOURCE_ROOT = join(__dirname, '../../../../../src-renderer');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Error codes written in the sources: `code: 'area.name'` of DeskError/StoreError/refusals, and every `'validation.x'` message. */
function errorCodesInSources(): Map<string, string> {
  const codes = new Map<string, string>();
  for (const file of sourceFiles(SOURCE_ROOT)) {
    if (file.includes(join('ui', 'i18n'))) continue;
    const text = readFileSync(file, 'utf8');
    const where = relative(SOURCE_ROOT, file);
    for (const m of text.matchAll(/\bcode:\s*['"]([a-zA-Z]+(?:\.[a-zA-Z]+)+)['"]/g)) codes.set(m[1]!, where);
    for (const m of text.matchAll(/['"](validation\.[a-zA-Z]+)['"]/g)) codes.set(m[1]!, where);
  }
  return codes;
}

describe('translations', () => {
  it('en has exactly the keys of zh-CN', () => {
    expect([...english.keys()].sort()).toEqual([...zh.keys()].sort());
  });

  it('has no empty text in either language', () => {
    for (const [key, text] of [...zh, ...english]) expect(text.trim(), key).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    for (const [key, text] of zh) expect(placeholders(english.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('zh-CN is in Chinese', () => {
    for (const key of ['intake.title', 'intake.submit', 'errors.validation.required', 'errors.validation.phoneFormat']) {
      expect(zh.get(key), key).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('labels every channel, severity and status of the glossary', () => {
    for (const group of [
      ['channel', CHANNELS],
      ['severity', SEVERITIES],
      ['status', CASE_STATUSES],
    ] as const) {
      for (const value of group[1]) {
        expect(zh.has(`${group[0]}.${value}`), `${group[0]}.${value}`).toBe(true);
        expect(english.has(`${group[0]}.${value}`), `${group[0]}.${value}`).toBe(true);
      }
    }
    expect(zh.get('channel.regulator_12315')).toBe('12315转办');
    expect(zh.get('severity.major')).toBe('重大');
  });

  it('translates every error code the store and the domain can produce, in both languages', () => {
    const codes = errorCodesInSources();
    // The scan itself must work: these are known to be produced.
    expect([...codes.keys()]).toEqual(
      expect.arrayContaining([
        'validation.failed',
        'validation.required',
        'validation.phoneFormat',
        'validation.invalid',
        'store.closing',
        'store.unknownMethod',
        'store.internal',
        'store.diskFull',
        'store.conflict',
        'store.restarted',
        'cases.notFound',
        'cases.dailyLimit',
      ]),
    );
    const missing = [...codes]
      .filter(([code]) => !zh.has(`errors.${code}`) || !english.has(`errors.${code}`))
      .map(([code, file]) => `${code} (${file})`);
    expect(missing).toEqual([]);
  });

  it('gives each store error the parameters its text mentions', () => {
    expect(placeholders(zh.get('errors.store.unknownMethod')!)).toEqual(['name']);
    expect(placeholders(zh.get('errors.store.internal')!)).toEqual(['detail']);
    expect(placeholders(zh.get('errors.cases.dailyLimit')!)).toEqual(['max']);
    expect(placeholders(zh.get('errors.validation.tooLong')!)).toEqual(['max']);
  });

  it('has every static key the UI asks for', () => {
    const used = new Map<string, string>();
    for (const file of sourceFiles(join(SOURCE_ROOT, 'ui'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z]+(?:\.[a-zA-Z0-9_]+)+)'/g)) used.set(m[1]!, relative(SOURCE_ROOT, file));
      for (const m of text.matchAll(/\bkey:\s*'([a-z]+\.[a-zA-Z.]+)'/g)) used.set(m[1]!, relative(SOURCE_ROOT, file));
    }
    expect(used.size).toBeGreaterThan(20);
    const missing = [...used].filter(([key]) => !zh.has(key) || !english.has(key)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });
});
