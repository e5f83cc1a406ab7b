import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultLocations, isAppPageUrl, pageUrl, preloadPath, type AppLocations } from '../../../../src-main/windows/app-url';

const root = join('/', 'app', 'out');
const files: AppLocations = { rendererDir: join(root, 'renderer'), preloadDir: join(root, 'preload') };
const dev: AppLocations = { ...files, devServerUrl: 'http://localhost:5173/' };
const indexFile = pathToFileURL(join(root, 'renderer', 'index.html')).href;

describe('defaultLocations', () => {
  it('places renderer and preload beside the main bundle', () => {
    const locations = defaultLocations(join(root, 'main'), {});
    expect(locations).toEqual({ rendererDir: join(root, 'renderer'), preloadDir: join(root, 'preload') });
  });

  it('uses the dev server named by ELECTRON_RENDERER_URL', () => {
    expect(defaultLocations(join(root, 'main'), { ELECTRON_RENDERER_URL: 'http://localhost:5173' }).devServerUrl).toBe('http://localhost:5173');
  });
});

describe('pageUrl', () => {
  it('is a file URL of the built page', () => {
    expect(pageUrl(files, 'index')).toBe(indexFile);
    expect(pageUrl(files, 'store-host')).toBe(pathToFileURL(join(root, 'renderer', 'store-host.html')).href);
  });

  it('is the dev server page, without a doubled slash', () => {
    expect(pageUrl(dev, 'index')).toBe('http://localhost:5173/index.html');
    expect(pageUrl({ ...files, devServerUrl: 'http://localhost:5173' }, 'store-host')).toBe('http://localhost:5173/store-host.html');
  });

  it('appends a route as the hash', () => {
    expect(pageUrl(files, 'index', '/print/case/7/registration')).toBe(`${indexFile}#/print/case/7/registration`);
    expect(pageUrl(dev, 'index', '/cases')).toBe('http://localhost:5173/index.html#/cases');
  });
});

describe('preloadPath', () => {
  it('names the built preload script', () => {
    expect(preloadPath(files, 'ui')).toBe(join(root, 'preload', 'ui.js'));
    expect(preloadPath(files, 'host')).toBe(join(root, 'preload', 'host.js'));
  });
});

describe('isAppPageUrl', () => {
  it('accepts the app pages with or without a hash route', () => {
    expect(isAppPageUrl(files, indexFile)).toBe(true);
    expect(isAppPageUrl(files, `${indexFile}#/cases/42`)).toBe(true);
    expect(isAppPageUrl(files, pageUrl(files, 'store-host'))).toBe(true);
    expect(isAppPageUrl(dev, 'http://localhost:5173/index.html#/print/case/1/registration')).toBe(true);
  });

  it('restricts to the named page when one is given', () => {
    expect(isAppPageUrl(files, `${indexFile}#/x`, 'index')).toBe(true);
    expect(isAppPageUrl(files, pageUrl(files, 'store-host'), 'index')).toBe(false);
    expect(isAppPageUrl(files, indexFile, 'store-host')).toBe(false);
  });

  it('refuses other files, other origins and look-alikes', () => {
    const refused = [
      pathToFileURL(join(root, 'renderer', 'other.html')).href,
      pathToFileURL(join(root, 'renderer', 'sub', 'index.html')).href,
      pathToFileURL(join('/', 'tmp', 'index.html')).href,
      `${indexFile}?x=1`,
      `${indexFile}/`,
      'https://example.com/index.html',
      '',
    ];
    for (const url of refused) expect(isAppPageUrl(files, url), url).toBe(false);
  });

  it('with a dev server, refuses the built files and other hosts or ports', () => {
    for (const url of [indexFile, 'http://localhost:5174/index.html', 'http://127.0.0.1:5173/index.html', 'https://localhost:5173/index.html', 'http://localhost:5173/']) {
      expect(isAppPageUrl(dev, url), url).toBe(false);
    }
  });
});
