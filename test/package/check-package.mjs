#!/usr/bin/env node
/**
 * Packaging check (`npm run test:package`): builds the app, packages it with
 * electron-builder (`--linux dir`) against a stub Electron binary, and checks
 * what would ship. Electron itself cannot be downloaded everywhere, so the
 * stub carries only the fuse sentinel: electron-builder flips the real fuse
 * wire in it and this script reads the result back.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import asar from '@electron/asar';
import electronFuses from '@electron/fuses';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const started = Date.now();
const results = [];
const check = (name, ok, detail = '') => {
  results.push({ name, ok: Boolean(ok), detail });
  return Boolean(ok);
};

// @electron/fuses wire format: sentinel, wire version (1), wire length, one byte per fuse.
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSE_STATE = { disable: 0x30, enable: 0x31 };
// The stub starts with Electron's own defaults, so every configured fuse must actually be written.
const ELECTRON_DEFAULT_WIRE = [1, 0, 1, 1, 0, 0, 0, 1].map((on) => (on ? FUSE_STATE.enable : FUSE_STATE.disable));

function run(label, command, args) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  const ok = result.status === 0;
  check(label, ok, ok ? '' : `exit ${result.status ?? result.signal ?? result.error?.message}`);
  return ok;
}

function writeElectronStub(dir) {
  mkdirSync(dir, { recursive: true });
  const script = Buffer.from('#!/bin/sh\necho "electron stub for the packaging check" >&2\nexit 1\n# ');
  const wire = Buffer.from([...Buffer.from(FUSE_SENTINEL, 'latin1'), 1, ELECTRON_DEFAULT_WIRE.length, ...ELECTRON_DEFAULT_WIRE]);
  const file = join(dir, 'electron');
  writeFileSync(file, Buffer.concat([script, wire, Buffer.from('\n')]));
  chmodSync(file, 0o755);
}

function readFuseWire(binary) {
  const bytes = readFileSync(binary);
  const at = bytes.indexOf(FUSE_SENTINEL, 0, 'latin1');
  if (at < 0) return null;
  const start = at + FUSE_SENTINEL.length;
  return [...bytes.subarray(start + 2, start + 2 + bytes[start + 1])];
}

/** `electronFuses:` of electron-builder.yml as { key: boolean }; the file keeps it as a flat block. */
function fusesFromBuilderConfig(yml) {
  const block = /^electronFuses:\s*\n((?:[ \t]+\S.*\n?)+)/m.exec(yml);
  if (!block) return null;
  const fuses = {};
  for (const line of block[1].split('\n')) {
    const entry = /^\s+(\w+):\s*(true|false)\s*(#.*)?$/.exec(line);
    if (entry) fuses[entry[1]] = entry[2] === 'true';
  }
  return fuses;
}

function checkConfig() {
  const yml = readFileSync(join(root, 'electron-builder.yml'), 'utf8');
  const identity = readFileSync(join(root, 'src-main/core/app-identity.ts'), 'utf8');
  const appId = /^appId:\s*['"]?([^'"\s#]+)/m.exec(yml)?.[1];
  const APP_ID = /export const APP_ID\s*=\s*['"]([^'"]+)['"]/.exec(identity)?.[1];
  check('electron-builder.yml appId equals APP_ID', appId && appId === APP_ID, `appId=${appId} APP_ID=${APP_ID}`);
  const fuses = fusesFromBuilderConfig(yml);
  check('electron-builder.yml has an electronFuses section', fuses && Object.keys(fuses).length > 0, JSON.stringify(fuses));
  check(
    'fuses harden the app (no runAsNode, asar only, no NODE_OPTIONS, no inspect, cookies encrypted, asar integrity)',
    fuses &&
      fuses.runAsNode === false &&
      fuses.onlyLoadAppFromAsar === true &&
      fuses.enableNodeOptionsEnvironmentVariable === false &&
      fuses.enableNodeCliInspectArguments === false &&
      fuses.enableCookieEncryption === true &&
      fuses.enableEmbeddedAsarIntegrityValidation === true,
    JSON.stringify(fuses),
  );
  return fuses ?? {};
}

/** Reads the fuses back from the packaged binary with @electron/fuses and compares them with the config. */
async function checkFuses(binary, fuses) {
  if (!readFuseWire(binary)) return check('packaged binary carries the fuse wire', false, binary);
  const wire = await electronFuses.getCurrentFuseWire(binary);
  const wrong = Object.entries(fuses)
    .filter(([key, on]) => {
      // electron-builder's keys are @electron/fuses' option names with a lower-case first letter.
      const option = electronFuses.FuseV1Options[key[0].toUpperCase() + key.slice(1)];
      return option === undefined || wire[option] !== (on ? FUSE_STATE.enable : FUSE_STATE.disable);
    })
    .map(([key]) => key);
  check('electron-builder flipped every configured fuse (read back with @electron/fuses)', wrong.length === 0, wrong.length ? `not applied or unknown: ${wrong.join(', ')}` : '');
}

function checkAsar(archive) {
  const entries = asar.listPackage(archive, { isPack: false }).map((p) => p.replaceAll('\\', '/').replace(/^\/?/, '/'));
  const files = new Set(entries);
  for (const required of [
    '/out/main/index.js',
    '/out/preload/ui.js',
    '/out/preload/host.js',
    '/out/renderer/index.html',
    '/out/renderer/store-host.html',
    '/package.json',
  ]) {
    check(`app.asar holds ${required.slice(1)}`, files.has(required));
  }
  const modules = entries.filter((p) => p.split('/').includes('node_modules'));
  check('app.asar holds no node_modules', modules.length === 0, modules.slice(0, 5).join(', '));
  const maps = entries.filter((p) => p.endsWith('.map'));
  check('app.asar holds no source maps', maps.length === 0, maps.slice(0, 5).join(', '));
  const sources = entries.filter((p) => /^\/(src-main|src-renderer|src|test)(\/|$)/.test(p) || /\.(tsx?|mts|cts)$/.test(p));
  check('app.asar holds no source files', sources.length === 0, sources.slice(0, 5).join(', '));
  const stray = entries.filter((p) => !p.startsWith('/out') && p !== '/package.json');
  check('app.asar holds only out/ and package.json', stray.length === 0, stray.slice(0, 5).join(', '));

  const pkg = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8'));
  const main = `/${(pkg.main ?? '').replace(/^\.\//, '')}`;
  check('package.json main points into the archive', files.has(main), `main=${pkg.main}`);
  const html = asar.extractFile(archive, 'out/renderer/index.html').toString('utf8');
  const assets = [...html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((m) => `/out/renderer/${m[1]}`);
  const missing = assets.filter((a) => !files.has(a));
  check('index.html references only packaged assets', assets.length > 0 && missing.length === 0, missing.join(', '));
  // Demo data tools (thousands of fake cases, staff with a known password) exist in development and test builds only.
  const scripts = entries.filter((p) => p.startsWith('/out/') && p.endsWith('.js'));
  const withDemo = scripts.filter((p) => asar.extractFile(archive, p.slice(1)).toString('utf8').includes('Demo2026ok'));
  check('the packaged app carries no demo data tools', scripts.length > 0 && withDemo.length === 0, withDemo.join(', '));
  // Nor the fault-injection hook of the web harness (window.__deskTest.killStore).
  const withTestHooks = scripts.filter((p) => asar.extractFile(archive, p.slice(1)).toString('utf8').includes('__deskTest'));
  check('the packaged app carries no test hooks', scripts.length > 0 && withTestHooks.length === 0, withTestHooks.join(', '));
}

async function main() {
  const fuses = checkConfig();
  const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
  const temp = mkdtempSync(join(tmpdir(), 'complaint-desk-package-'));
  const electronDist = join(temp, 'electron-dist');
  const output = join(temp, 'release');
  writeElectronStub(electronDist);
  try {
    if (!run('electron-vite build', process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'])) return;
    const builder = join(root, 'node_modules/electron-builder/cli.js');
    const packaged = run('electron-builder --linux dir', process.execPath, [
      builder,
      '--config',
      'electron-builder.yml',
      '--linux',
      'dir',
      '--publish',
      'never',
      `-c.electronDist=${electronDist}`,
      `-c.electronVersion=${electronVersion}`,
      `-c.directories.output=${output}`,
    ]);
    if (!packaged) return;
    const unpacked = readdirSync(output).find((d) => d.endsWith('-unpacked'));
    const appDir = unpacked ? join(output, unpacked) : output;
    const archive = join(appDir, 'resources/app.asar');
    if (!check('resources/app.asar was produced', existsSync(archive), archive)) return;
    checkAsar(archive);
    for (const icon of ['tray.png', 'icon.png', 'tray-alert.png', 'overlay-overdue.png']) check(`resources/${icon} is shipped`, existsSync(join(appDir, 'resources', icon)));
    const binary = readdirSync(appDir, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(appDir, entry.name))
      .find((file) => readFuseWire(file) !== null);
    await checkFuses(binary ?? join(appDir, 'complaint-desk'), fuses);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

await main();
const failed = results.filter((r) => !r.ok);
console.log('\nPackaging check');
for (const r of results) console.log(`  ${r.ok ? 'PASS' : 'FAIL'}  ${r.name}${r.detail && !r.ok ? ` — ${r.detail}` : ''}`);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(failed.length ? `\nFAIL: ${failed.length} of ${results.length} checks failed (${seconds} s)` : `\nPASS: all ${results.length} checks (${seconds} s)`);
process.exitCode = failed.length ? 1 : 0;
