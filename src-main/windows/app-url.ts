import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The two renderer pages of the app. */
export type AppPage = 'index' | 'store-host';

export interface AppLocations {
  rendererDir: string;
  preloadDir: string;
  /** Set by `electron-vite dev`; pages are then served by the dev server. */
  devServerUrl?: string;
}

export function defaultLocations(mainDir: string, env: NodeJS.ProcessEnv = process.env): AppLocations {
  const devServerUrl = env.ELECTRON_RENDERER_URL;
  return {
    rendererDir: join(mainDir, '../renderer'),
    preloadDir: join(mainDir, '../preload'),
    ...(devServerUrl ? { devServerUrl } : {}),
  };
}

export function pageUrl(locations: AppLocations, page: AppPage, route?: string): string {
  const base = locations.devServerUrl
    ? `${locations.devServerUrl.replace(/\/$/, '')}/${page}.html`
    : pathToFileURL(join(locations.rendererDir, `${page}.html`)).href;
  return route ? `${base}#${route}` : base;
}

export function preloadPath(locations: AppLocations, name: 'ui' | 'host'): string {
  return join(locations.preloadDir, `${name}.js`);
}

/** True for a URL of one of the app's own pages (any route). */
export function isAppPageUrl(locations: AppLocations, url: string, page?: AppPage): boolean {
  const withoutHash = url.split('#')[0] ?? '';
  const pages: AppPage[] = page ? [page] : ['index', 'store-host'];
  return pages.some((p) => withoutHash === pageUrl(locations, p));
}
