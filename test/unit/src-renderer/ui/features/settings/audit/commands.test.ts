import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BackupRequestMessage } from '../../../../../../../src-main/core/contract';
import { createHandlers } from '../../../../../../../src-renderer/store/api';
import type { AnyHandler } from '../../../../../../../src-renderer/store/rpc/define';
import { resources } from '../../../../../../../src-renderer/ui/i18n/resources';

const SOURCES = join(__dirname, '../../../../../../../src-renderer');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) ? [path] : [];
  });
}

/** The text of the call's arguments, from the opening parenthesis at `open` to its match. */
function argumentsAt(text: string, open: number): string {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === '(') depth += 1;
    else if (text[i] === ')' && --depth === 0) return text.slice(open + 1, i);
  }
  return text.slice(open + 1);
}

const COMMAND = /'([a-z]+\.[a-zA-Z-]+)'/g;
const IDENTIFIER = /\b[A-Z][A-Z0-9_]+\b/g;

/**
 * Audit commands named in the store's sources rather than by a handler of the store API: the
 * `command:` of an event (appendAudit, sealEvent), and what is handed to a writer taking a
 * `command: string` (writeLinked, recordBackup, auditUser…), as a literal, a constant, a map of
 * constants or a known template. A command given in a way this cannot read fails the test, to be
 * taught here.
 */
function auditCommandsInSources(): { found: Map<string, string>; unread: string[] } {
  const files = [...sourceFiles(join(SOURCES, 'store')), ...sourceFiles(join(SOURCES, 'domain'))].map((path) => ({
    where: relative(SOURCES, path),
    text: readFileSync(path, 'utf8'),
  }));
  // Constants of a command, and maps of them (failures.ts: FAILED[via]).
  const constants = new Map<string, string>();
  const maps = new Map<string, string>();
  for (const { text } of files) {
    for (const m of text.matchAll(/\bconst ([A-Z][A-Z0-9_]+)(?::[^=]+)? = '([a-z]+\.[a-zA-Z-]+)'/g)) constants.set(m[1]!, m[2]!);
    for (const m of text.matchAll(/\bconst ([A-Z][A-Z0-9_]+)(?::[^=]+)? = (\{[^}]*\})/g)) maps.set(m[1]!, m[2]!);
  }
  const writers = new Set(files.flatMap(({ text }) => [...text.matchAll(/function (\w+)\s*\(([^)]*)\)/g)].filter((m) => /\bcommand: string\b/.test(m[2]!)).map((m) => m[1]!)));

  const found = new Map<string, string>();
  const unread: string[] = [];
  const read = (expression: string, where: string) => {
    for (const m of expression.matchAll(COMMAND)) found.set(m[1]!, where);
    for (const [name] of expression.matchAll(IDENTIFIER)) {
      if (constants.has(name)) found.set(constants.get(name)!, where);
      else if (maps.has(name)) read(maps.get(name)!, where);
    }
    // A template of a command (`backup.${kind}`), not of a subject (`user:${id}`).
    for (const [template] of expression.matchAll(/`[a-z]+\.[^`]*\$\{[^`]*`/g)) {
      const known = TEMPLATES[template];
      if (known) known.forEach((command) => found.set(command, where));
      else unread.push(`${template} (${where})`);
    }
  };
  for (const { where, text } of files) {
    for (const m of text.matchAll(/\bcommand: ([^,\n}]+)/g)) read(m[1]!, where);
    for (const writer of writers) {
      for (const m of text.matchAll(new RegExp(`(?<![.\\w])${writer}\\(`, 'g'))) {
        // The writer's own declaration names its parameters, not a command.
        if (text.slice(Math.max(0, m.index - 9), m.index).includes('function')) continue;
        read(argumentsAt(text, m.index + writer.length), where);
      }
    }
  }
  return { found, unread };
}

/** Commands built from a template, as the store writes them (auto.ts: `backup.${kind}` of main's scheduled backups). */
const TEMPLATES: Record<string, string[]> = {
  '`backup.${kind}`': BackupRequestMessage.shape.kind.options.map((kind) => `backup.${kind}`),
};

/**
 * Store commands that write no audit event under their own name — each writes none at all, or only
 * events named otherwise (a refused password is auth.signInFailed, auth.unlockFailed…; an import's
 * cancel ends as imports.interrupt; a backup file saved is logged as the backup.create the user asked
 * for). Anything else the API offers is an action of the audit log.
 */
const NOT_AUDITED = new Set([
  'auth.signIn',
  'auth.resume',
  'auth.signOut',
  'auth.confirm',
  'auth.lock',
  'auth.unlock',
  'alerts.acknowledge',
  'alerts.snooze',
  'alerts.saveFollow',
  'tracking.saveLayout',
  'tracking.saveView',
  'tracking.deleteView',
  'imports.analyze',
  'imports.check',
  'imports.values',
  'imports.list',
  'imports.progress',
  'imports.cancel',
  'backup.saved',
]);

type Tree = { readonly [key: string]: string | Tree };
const has = (tree: unknown, path: string) => typeof path.split('.').reduce<unknown>((node, key) => (node as Tree | undefined)?.[key], tree) === 'string';
/** Whether the audit log names `command` in `language` (commandLabel: the case flow's label, else the administration's). */
const labelled = (language: 'zh-CN' | 'en', command: string) => {
  const texts = resources[language].translation;
  return has(texts, `flow.command.${command}`) || has(texts, `security.command.${command}`);
};

describe('the audit log’s 操作 column', () => {
  it('names every command the store can write to the audit log, in both languages', () => {
    const handlers = createHandlers() as Record<string, AnyHandler>;
    const commands = new Map(Object.entries(handlers).flatMap(([name, handler]) => (handler.kind === 'command' && !NOT_AUDITED.has(name) ? [[name, 'store API']] : [])));
    const { found, unread } = auditCommandsInSources();
    expect(unread).toEqual([]);
    // The reading of the sources itself works: these are written under names no handler has.
    expect([...found.keys()]).toEqual(
      expect.arrayContaining([
        'backup.preRestore',
        'backup.daily',
        'backup.on-quit',
        'cases.archive',
        'cases.mergeMoved',
        'cases.linkedAnonymised',
        'imports.chunk',
        'imports.interrupt',
        'auth.signInFailed',
        'auth.confirmFailed',
        'auth.lockedOut',
        'settings.renameDepartment',
        'improvements.caseAnonymised',
      ]),
    );
    for (const [command, where] of found) commands.set(command, where);
    // A command left out above must really be one: a name that is no handler's any more is taken off.
    expect([...NOT_AUDITED].filter((name) => handlers[name]?.kind !== 'command')).toEqual([]);

    for (const language of ['zh-CN', 'en'] as const) {
      const missing = [...commands].filter(([command]) => !labelled(language, command)).map(([command, where]) => `${command} (${where})`);
      expect(missing, language).toEqual([]);
    }
  });
});
