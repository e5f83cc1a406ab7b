/**
 * No remote content, ever: the pages' Content-Security-Policy allows nothing
 * but the app's own files, every page main loads is one of the app's own
 * (never http(s) outside development), and the packaging fuses fit how the
 * pages are loaded.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, resetFakeElectron } from '../fake-electron';
import { defaultLocations, pageUrl, type AppPage } from '../../../../src-main/windows/app-url';
import { createMainWindow } from '../../../../src-main/windows/main-window';

vi.mock('electron', () => import('../fake-electron'));
beforeEach(() => resetFakeElectron());

const root = join(__dirname, '../../../..');
const PAGES: AppPage[] = ['index', 'store-host'];

function policyOf(page: AppPage): Map<string, string[]> {
  const html = readFileSync(join(root, 'src-renderer', `${page}.html`), 'utf8');
  const content = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)?.[1];
  if (!content) throw new Error(`${page}.html has no CSP meta tag`);
  return new Map(
    content
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([directive, ...sources]) => [directive!, sources]),
  );
}

/** The sources a directive falls back to when it is not set. */
const effective = (policy: Map<string, string[]>, directive: string) => policy.get(directive) ?? policy.get('default-src') ?? [];

describe('Content-Security-Policy of the app pages', () => {
  it.each(PAGES)('%s.html allows no remote origin, no eval and no plugin anywhere', (page) => {
    const policy = policyOf(page);
    const allowed = new Set(["'self'", "'none'", 'data:', 'blob:', "'unsafe-inline'"]);
    for (const [directive, sources] of policy) {
      for (const source of sources) expect(allowed.has(source), `${page}: ${directive} ${source}`).toBe(true);
    }
    expect(effective(policy, 'object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
  });

  it.each(PAGES)('%s.html runs only its own bundled scripts: no inline script, no eval, no data: or blob: script', (page) => {
    expect(effective(policyOf(page), 'script-src')).toEqual(["'self'"]);
  });

  it.each(PAGES)('%s.html connects only to itself', (page) => {
    expect(effective(policyOf(page), 'connect-src')).toEqual(["'self'"]);
  });

  it('lets inline styles through only for styles (Mantine sets them at run time)', () => {
    for (const page of PAGES) {
      for (const [directive, sources] of policyOf(page)) {
        if (sources.includes("'unsafe-inline'")) expect(directive, page).toBe('style-src');
      }
    }
  });
});

describe('only the app pages are ever loaded', () => {
  const built = defaultLocations(join(root, 'out/main'), {});

  it('a built app (no dev server) has no http(s) page: every page and route is a file of the app', () => {
    expect(built.devServerUrl).toBeUndefined();
    for (const page of PAGES) {
      for (const route of [undefined, '/cases/1', '/print/case/1/registration', '//evil.example/']) {
        const url = new URL(pageUrl(built, page, route));
        expect(url.protocol, `${page} ${route}`).toBe('file:');
        expect(url.host).toBe('');
        expect(decodeURIComponent(url.pathname)).toBe(join(root, 'out/renderer', `${page}.html`).replaceAll('\\', '/'));
      }
    }
  });

  it('the main window loads the app page and nothing else', () => {
    createMainWindow({ locations: built, shouldHideOnClose: () => false });
    const [window] = FakeBrowserWindow.instances;
    expect(window!.loadURL).toHaveBeenCalledExactlyOnceWith(pageUrl(built, 'index'));
  });

  it('uses http only for the development server electron-vite names', () => {
    const dev = defaultLocations(join(root, 'out/main'), { ELECTRON_RENDERER_URL: 'http://localhost:5173' });
    expect(new URL(pageUrl(dev, 'index')).origin).toBe('http://localhost:5173');
  });
});

describe('packaging fuses fit how the pages are loaded', () => {
  const yml = readFileSync(join(root, 'electron-builder.yml'), 'utf8');
  const fuse = (name: string) => new RegExp(`^electronFuses:[\\s\\S]*?^\\s+${name}:\\s*(true|false)`, 'm').exec(yml)?.[1];

  it('pages load from file:// inside app.asar, which needs the asar-aware file loader of grantFileProtocolExtraPrivileges', () => {
    expect(new URL(pageUrl(defaultLocations('/app/resources/app.asar/out/main', {}), 'index')).protocol).toBe('file:');
    expect(fuse('grantFileProtocolExtraPrivileges')).toBe('true');
    expect(fuse('onlyLoadAppFromAsar')).toBe('true');
  });

  it('turns off what the app never uses', () => {
    expect(fuse('runAsNode')).toBe('false');
    expect(fuse('enableNodeOptionsEnvironmentVariable')).toBe('false');
    expect(fuse('enableNodeCliInspectArguments')).toBe('false');
    expect(fuse('enableCookieEncryption')).toBe('true');
    expect(fuse('enableEmbeddedAsarIntegrityValidation')).toBe('true');
  });
});
