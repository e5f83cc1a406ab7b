#!/usr/bin/env node
/**
 * `npm run test:security`: Electronegativity over the main process, the
 * preloads and the two HTML pages (their CSP), offline. Fails on every finding
 * that is not suppressed with a written reason — in test/security/electronegativity.json
 * or inline as `// eng-disable CHECK_ID: reason` — on a suppression that no
 * longer matches anything, and on an inline suppression without a reason.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const config = JSON.parse(readFileSync(join(root, 'test/security/electronegativity.json'), 'utf8'));
/** What is scanned, as paths in the repository (the staged copy keeps them, so findings name real files). */
const INPUTS = ['src-main', 'src-renderer/index.html', 'src-renderer/store-host.html', 'package.json'];
const MIN_REASON = 20;

const require = createRequire(import.meta.url);
const toolDir = dirname(require.resolve('@doyensec/electronegativity/package.json'));

/**
 * The tool fetches updated translations from the network before every run;
 * its bundled English strings are used instead, so nothing leaves the machine.
 */
function useBundledTranslations() {
  const i18nModule = join(toolDir, 'dist/locales/i18n.js');
  const i18n = require(require.resolve('i18n', { paths: [toolDir] }));
  require.cache[i18nModule] = {
    id: i18nModule,
    filename: i18nModule,
    loaded: true,
    exports: async () => {
      i18n.configure({ locales: ['en-US'], defaultLocale: 'en-US', directory: dirname(i18nModule), updateFiles: false, objectNotation: true, register: globalThis });
      i18n.setLocale('en-US');
    },
  };
}

function stage() {
  const dir = mkdtempSync(join(tmpdir(), 'complaint-desk-eng-'));
  for (const input of INPUTS) {
    mkdirSync(dirname(join(dir, input)), { recursive: true });
    cpSync(join(root, input), join(dir, input), { recursive: true });
  }
  return dir;
}

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every inline eng-disable comment must name its checks and say why. */
function inlineSuppressions(dir) {
  const found = [];
  for (const file of filesUnder(dir)) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, index) => {
      if (!line.includes('eng-disable')) return;
      const match = /eng-disable((?:[ \t]+[A-Z][A-Z0-9_]+)+):[ \t]*(.*?)(?:\*\/|-->|$)/.exec(line);
      const reason = match?.[2]?.trim() ?? '';
      found.push({ file: relative(dir, file), line: index + 1, checks: match?.[1]?.trim().split(/\s+/) ?? [], reason, ok: reason.length >= MIN_REASON });
    });
  }
  return found;
}

async function main() {
  useBundledTranslations();
  const run = require(join(toolDir, 'dist/runner.js'));
  const dir = stage();
  const failures = [];
  try {
    const inline = inlineSuppressions(dir);
    for (const s of inline.filter((s) => !s.ok)) failures.push(`${s.file}:${s.line}: eng-disable needs "CHECK_ID: reason" (at least ${MIN_REASON} characters of reason)`);

    const result = await run({
      input: dir,
      isRelative: true,
      excludeFromScan: config.excludedChecks.map((c) => c.check.replaceAll('_', '').toLowerCase()),
    });
    if (result.atomicChecks + result.globalChecks < 30) failures.push(`only ${result.atomicChecks + result.globalChecks} checks were loaded`);
    for (const error of result.errors) failures.push(`${error.file}: could not be parsed (${error.message})`);

    const used = new Set();
    const rows = result.issues.map((issue) => {
      const file = issue.file.replaceAll('\\', '/');
      const index = config.suppressions.findIndex((s) => s.check === issue.id && s.file === file);
      if (index >= 0) used.add(index);
      else failures.push(`${issue.id} in ${file}:${issue.location.line} — ${issue.description} (${issue.shortenedURL})`);
      return { check: issue.id, where: `${file}:${issue.location.line}`, severity: issue.severity.name, status: index >= 0 ? 'suppressed (electronegativity.json)' : 'FINDING' };
    });
    config.suppressions.forEach((s, index) => {
      if (!used.has(index)) failures.push(`stale suppression: ${s.check} in ${s.file} matches no finding; remove it`);
    });

    console.log(`Electronegativity ${require(join(toolDir, 'package.json')).version}: ${result.atomicChecks} atomic and ${result.globalChecks} global checks over ${INPUTS.join(', ')}`);
    for (const c of config.excludedChecks) console.log(`  excluded   ${c.check} — ${c.reason}`);
    for (const s of inline.filter((s) => s.ok)) console.log(`  inline     ${s.checks.join(' ')} at ${s.file}:${s.line} — ${s.reason}`);
    for (const r of rows) console.log(`  ${r.status === 'FINDING' ? 'FINDING ' : 'accepted'}   ${r.check} at ${r.where} (${r.severity})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (failures.length) {
    console.error(`\nFAIL: ${failures.length} problem(s):`);
    for (const f of failures) console.error(`  ${f}`);
    process.exitCode = 1;
  } else {
    console.log('\nPASS: no finding without a written reason');
  }
}

await main();
