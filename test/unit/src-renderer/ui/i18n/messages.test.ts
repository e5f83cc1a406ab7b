import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../src-renderer/domain/cases/case';
import { CASE_STATUSES, CHANNELS, DEMANDS, SEVERITIES } from '../../../../../src-renderer/domain/cases/vocabulary';
import { ROLES } from '../../../../../src-renderer/domain/users/roles';
import { resources } from '../../../../../src-renderer/ui/i18n/resources';
import { translator } from './translator';

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

// The merged resources the app loads: the common messages and every area's.
const zh = flatten(resources['zh-CN'].translation as Tree);
const english = flatten(resources.en.translation as Tree);
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
  // An English singular (`key_one`, for count 1) has no Chinese counterpart: Chinese has no plural.
  const singular = (key: string) => key.endsWith('_one') && zh.has(key.slice(0, -'_one'.length));

  it('en has exactly the keys of zh-CN, besides singulars of its texts', () => {
    expect([...english.keys()].filter((key) => !singular(key)).sort()).toEqual([...zh.keys()].sort());
    for (const key of english.keys()) if (key.endsWith('_one')) expect(singular(key), key).toBe(true);
  });

  it('a singular uses the placeholders of its plural, {{count}} aside (it may say “1” or “one”)', () => {
    for (const [key, text] of english) {
      if (!singular(key)) continue;
      const base = placeholders(english.get(key.slice(0, -'_one'.length))!).filter((name) => name !== 'count');
      expect(placeholders(text).filter((name) => name !== 'count'), key).toEqual(base);
    }
  });

  it('a text with a singular is called with its count, so i18next can pick the singular', () => {
    // The arguments of each `t('key', …)` written in the sources, up to the call's closing bracket.
    const callArgs = (text: string, at: number) => {
      let depth = 1;
      let i = at;
      while (i < text.length && depth > 0) {
        if (text[i] === '(') depth += 1;
        else if (text[i] === ')') depth -= 1;
        i += 1;
      }
      return text.slice(at, i);
    };
    const withSingular = [...english.keys()].filter(singular).map((key) => key.slice(0, -'_one'.length));
    const missing: string[] = [];
    let calls = 0;
    for (const file of sourceFiles(SOURCE_ROOT)) {
      if (file.includes(join('ui', 'i18n'))) continue;
      const text = readFileSync(file, 'utf8');
      for (const key of withSingular) {
        for (const m of text.matchAll(new RegExp(`\\bt\\(\\s*'${key.replace(/\./g, '\\.')}'`, 'g'))) {
          calls += 1;
          if (!/\bcount\s*[:,}]/.test(callArgs(text, m.index + m[0].length))) missing.push(`${relative(SOURCE_ROOT, file)}: ${key}`);
        }
      }
    }
    expect(calls).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });

  it('a nested quantity names a unit of its own and one of the text’s placeholders', () => {
    const nested = /\$t\(([\w.]+), \{"count": \{\{(\w+)\}\} \}\)/g;
    let count = 0;
    for (const [key, text] of english) {
      for (const m of text.matchAll(nested)) {
        count += 1;
        expect(m[1], key).toMatch(/^units\./);
        expect(english.has(m[1]!) && english.has(`${m[1]}_one`), `${key}: ${m[1]}`).toBe(true);
      }
      // A `$t(` written any other way would be shown as typed.
      expect(text.split('$t(').length - 1, key).toBe([...text.matchAll(nested)].length);
    }
    expect(count).toBeGreaterThan(10);
  });

  it('reads right in English for one day, one minute, one working day', async () => {
    const en = await translator('en');
    expect(en('hotspots.recent', { count: 3, days: 1 })).toBe('3 in the last 1 day');
    expect(en('hotspots.recent', { count: 1, days: 7 })).toBe('1 in the last 7 days');
    expect(en('similar.repeat.intakeNotice', { count: 2, days: 1 })).toMatch(/^Complaints from this customer in the last 1 day: 2\./);
    expect(en('errors.auth.locked', { minutes: 1 })).toContain('Try again in 1 minute,');
    expect(en('referral.counted', { at: 'X', days: 1 })).toBe('X (1 working day after receipt)');
    const zhT = await translator('zh-CN');
    expect(zhT('hotspots.recent', { count: 3, days: 1 })).not.toContain('$t');
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

  it('labels every channel, severity, status, role and demand of the glossary', () => {
    for (const group of [
      ['channel', CHANNELS],
      ['severity', SEVERITIES],
      ['status', CASE_STATUSES],
      ['role', ROLES],
      ['demand', DEMANDS],
    ] as const) {
      for (const value of group[1]) {
        expect(zh.has(`${group[0]}.${value}`), `${group[0]}.${value}`).toBe(true);
        expect(english.has(`${group[0]}.${value}`), `${group[0]}.${value}`).toBe(true);
      }
    }
    expect(zh.get('channel.regulator_12315')).toBe('12315转办');
    expect(zh.get('severity.major')).toBe('重大');
  });

  it('names every field of a case, as the history lists what a command changed', () => {
    // Written out so that a new field of CaseRecord does not compile here until it is listed.
    const FIELDS = {
      id: 1, no: 1, externalId: 1, importedFrom: 1, receivedAt: 1, registeredAt: 1, updatedAt: 1, channel: 1, customerName: 1,
      customerType: 1, phone: 1, email: 1, address: 1, socialPlatform: 1, socialAccount: 1, referralNo: 1, referralDeadline: 1, referralReplies: 1, description: 1, demands: 1, demandNote: 1, product: 1,
      orderNo: 1, amount: 1, initialSeverity: 1, initialCategory: 1, severity: 1, category: 1, subCategory: 1, department: 1,
      owner: 1, intakeAgent: 1, status: 1, archived: 1, legalRisk: 1, reopenCount: 1, clocks: 1, responseDueAt: 1, nextDueAt: 1,
      contactKeys: 1, screening: 1, infoRequests: 1, verification: 1, verificationRequests: 1, grading: 1, plan: 1, extensions: 1, outcome: 1, feedback: 1,
      earlierSurveys: 1, earlierResolutions: 1, earlierPlans: 1, corrections: 1, unreachableAttempts: 1, lastUnreachableAt: 1, chases: 1, termination: 1, legalHolds: 1, mergedCases: 1, relatedCases: 1, closedAt: 1, attachmentBytes: 1, anonymisedAt: 1,
    } satisfies Record<keyof CaseRecord, 1>;
    const missing = Object.keys(FIELDS).filter((field) => !zh.has(`flow.field.${field}`) || !english.has(`flow.field.${field}`));
    expect(missing).toEqual([]);
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
        'cases.archived',
        'cases.qualityWindowPassed',
        'lifecycle.invalidTransition',
        'auth.signInRequired',
        'auth.forbidden',
        'auth.locked',
        'auth.sessionExpired',
        'plans.legalReviewRequired',
        'progress.ownExtension',
        'attachments.caseFull',
        'validation.notInFuture',
        'validation.dayBothWays',
        'validation.passwordContainsName',
      ]),
    );
    const missing = [...codes]
      .filter(([code]) => !zh.has(`errors.${code}`) || !english.has(`errors.${code}`))
      .map(([code, file]) => `${code} (${file})`);
    expect(missing).toEqual([]);
  });

  it('mentions only parameters the store sends with each error', () => {
    // code → the params the store host passes (see the store tests).
    const sent: Record<string, string[]> = {
      'validation.departmentHasCases': ['department', 'count', 'nos'],
      'validation.duplicateOfEnded': ['no'],
      'plans.ownerUnavailable': ['name'],
      'validation.chaseOnMerged': ['no'],
      'store.unknownMethod': ['name'],
      'store.internal': ['detail'],
      'store.startFailed': ['detail'],
      'privacy.chooseCases': ['fields'],
      'file.writeFailed': ['name', 'why'],
      'file.readFailed': ['name', 'why'],
      'privacy.notCustomersCase': ['count'],
      'cases.dailyLimit': ['max'],
      'cases.archived': ['no'],
      'cases.qualityWindowPassed': ['days'],
      'lifecycle.invalidTransition': ['command', 'status'],
      'auth.forbidden': ['permission', 'role'],
      'auth.locked': ['minutes'],
      'auth.badCredentialsLeft': ['left', 'minutes'],
      'auth.wrongPasswordLeft': ['left'],
      'auth.wrongCurrentPasswordLeft': ['left'],
      'attachments.caseFull': ['max', 'name', 'held', 'size'],
      'attachments.fileTooLarge': ['max', 'name', 'size'],
      'attachments.anonymised': ['no'],
      'attachments.typeNotAllowed': ['name'],
      'attachments.typeUnknown': ['name'],
      'attachments.empty': ['name'],
      'attachments.contentMismatch': ['name'],
      'attachments.executable': ['name'],
      'attachments.duplicate': ['name', 'earlier', 'addedAt'],
      'attachments.withdrawnNoFile': ['name'],
      'attachments.alreadyWithdrawn': ['name', 'by'],
      'attachments.withdrawNotOwn': ['name', 'by'],
      'attachments.withdrawStepPassed': ['name'],
      'attachments.withdrawAnonymised': ['no'],
      'attachments.withdrawHeld': ['no'],
      'validation.tooLong': ['max'],
      'validation.termTaken': ['term'],
      'validation.referralNoTaken': ['no'],
      'referral.noDeadline': ['no'],
      'validation.dayBothWays': ['day'],
      'validation.dayNotReal': ['day'],
      'validation.dayTwice': ['day'],
      'tracking.tooManyViews': ['max'],
      'export.tooManyRows': ['max'],
      'export.tooManyColumns': ['max'],
      'cases.anonymised': ['no'],
      'cases.correctAnonymised': ['no'],
      'cases.correctContactsHidden': ['role'],
      'privacy.notEligible': ['no'],
      'privacy.referralReplyOwed': ['no'],
      'erasure.notFound': ['no'],
      'erasure.closed': ['no'],
      'erasure.caseNotOfCustomer': ['no'],
      'erasure.notAnswered': ['no'],
      'erasure.delivered': ['no'],
      'legalHold.anonymised': ['no'],
      'legalHold.alreadyHeld': ['no'],
      'legalHold.notHeld': ['no'],
      'legalHold.anonymiseRefused': ['no'],
      'backup.newerSchema': ['version', 'current'],
      'backup.countsDiffer': ['table', 'expected', 'found'],
      'backup.diskFull': ['neededMB', 'freeMB'],
      'backup.writeFailed': ['reason'],
      'imports.dayFull': ['day', 'row', 'max'],
      'imports.unsupportedType': ['name'],
      'imports.notWorkbook': ['name'],
      'imports.unreadable': ['detail'],
      'imports.tooManyRows': ['max'],
      'imports.tooManyColumns': ['max'],
      'imports.fileTooLarge': ['maxMB'],
      'imports.hasErrors': ['count'],
      'imports.diskFull': ['neededMB', 'freeMB'],
      'imports.fileMismatch': ['name'],
      'imports.resumeHasErrors': ['count', 'row', 'imported'],
      'imports.duplicateContent': ['no'],
      'improvements.roundChanged': ['by'],
      'imports.duplicateContentRow': ['row'],
      'imports.emptySheet': ['sheet'],
      'imports.valueTarget': ['value', 'target'],
      'settings.outOfRange': ['min', 'max'],
      'settings.departmentInUse': ['department'],
      'settings.departmentHasUsers': ['department', 'users'],
      'settings.importRunning': ['file'],
      'settings.renameKept': ['department', 'to'],
      'links.alreadyLinked': ['no'],
      'links.alreadyMerged': ['no'],
      'links.notLinked': ['no'],
      'links.notMerged': ['no'],
      'links.mergedUninformed': ['nos', 'count'],
      'links.mergedWaiting': ['nos', 'count'],
      'reports.monthNotEnded': ['month'],
      'verificationRequest.answered': ['name'],
      'verificationRequest.withdrawn': ['name'],
      'verificationRequest.notDepartment': ['department'],
      'verificationRequest.notAsker': ['name'],
      'verificationRequest.duplicate': ['department', 'name'],
      'verificationRequest.departmentAsked': ['department', 'count', 'nos'],
    };
    for (const [key, text] of [...zh, ...english]) {
      if (!key.startsWith('errors.') || key === 'errors.unknown') continue;
      const allowed = sent[key.slice('errors.'.length).replace(/_one$/, '')] ?? [];
      for (const name of placeholders(text)) expect(allowed, `${key} mentions {{${name}}}`).toContain(name);
    }
    expect(placeholders(zh.get('errors.cases.archived')!)).toEqual(['no']);
    expect(placeholders(zh.get('errors.auth.locked')!)).toEqual(['minutes']);
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
