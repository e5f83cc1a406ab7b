import * as Comlink from 'comlink';
import type { WorkerReportDoneMessage } from '../../src-main/core/alert-feed';
import { restartDelay } from '../../src-main/core/backoff';
import { DEFAULT_APP_PREFS, AppPrefs, type PrintResult } from '../../src-main/core/contract';
import { KEPT_BACKUPS_FOLDER, keptBackupName } from '../domain/backup/kept';
import { PRINT_NOT_READY, type InAppNotice, type NotificationAccess, type Platform } from './types';
import { createReportOutbox } from './report-outbox';
import { createWebAlerts, tabTitle, type WebAlerts } from './web-alerts';
import { createDeskLock, type DeskLock } from './web-desk-lock';
import { watchStore } from './store-watchdog';

declare global {
  interface Window {
    /** Test hooks of the web harness build (`__DESK_DEMO_TOOLS__`); absent from production builds. */
    __deskTest?: { killStore(): void };
  }
}

const PREFS_KEY = 'complaint-desk:prefs';
const PRINT_READY_MESSAGE = 'complaint-desk:print-ready';
/** A print frame asks the desk's tab for a connection to its store host; the tab hands one over, or declines. */
const STORE_PORT_REQUEST = 'complaint-desk:store-port-request';
const STORE_PORT_GRANT = 'complaint-desk:store-port-grant';
/** How long a print frame waits for the tab's answer before running a store host of its own. */
const STORE_PORT_WAIT_MS = 2_000;

/**
 * The browser harness: the store host runs in a dedicated Worker and the
 * platform services use web APIs, so the whole UI runs in a plain browser.
 */
export function createWebPlatform(): Platform {
  const navigateListeners = new Set<(route: string) => void>();
  const noticeListeners = new Set<(notice: InAppNotice) => void>();
  const withdrawListeners = new Set<(ids: readonly string[]) => void>();
  let worker: Worker | null = null;
  let portListener: ((port: MessagePort) => void) | null = null;
  let connections = 0;
  const crashes: number[] = [];
  let alerts: WebAlerts | null = null;
  // The page's own title (index.html), which the alert counts are put before, in the app's language.
  const baseTitle = document.title;
  let titleCounts = { overdue: 0, dueSoon: 0 };
  const retitle = () => {
    document.title = tabTitle(baseTitle, titleCounts, readPrefs().language);
  };
  let stopWatching: (() => void) | null = null;
  const elsewhereListeners = new Set<(elsewhere: boolean) => void>();
  let elsewhere = false;
  let deskLock: DeskLock | null = null;
  if (__DESK_DEMO_TOOLS__) {
    // Kills the store host the way a crash would: nothing tells the page, the watchdog has to notice.
    window.__deskTest = { killStore: () => worker?.terminate() };
  }

  // A summary of what was missed can come before the app listens: it waits for the first listener.
  let unheard: InAppNotice[] = [];
  const showNotice = (notice: InAppNotice) => {
    if (noticeListeners.size === 0) unheard.push(notice);
    for (const listener of noticeListeners) listener(notice);
  };
  const withdrawNotices = (ids: readonly string[]) => {
    unheard = unheard.filter((notice) => !ids.includes(notice.id));
    for (const listener of withdrawListeners) listener(ids);
  };
  const navigate = (route: string) => {
    for (const listener of navigateListeners) listener(route);
  };

  // Reports wait here until a Worker says it handled them: one that dies first leaves them to the next.
  const reports = createReportOutbox((message) => {
    worker?.postMessage(message);
    return worker !== null;
  });

  function spawnStore(): void {
    worker?.terminate();
    worker = new Worker(new URL('../store/entries/host-worker.ts', import.meta.url), { type: 'module', name: 'store-host' });
    // The store host sends the deadline feed here, as it sends it to main on the desktop; a new worker starts with a full one.
    // A print view (a frame of the desk's tab) raises no alerts: the tab's own scheduler does, once.
    if (!inPrintFrame()) {
      alerts ??= createWebAlerts({
        report: (report) => reports.post(report),
        notice: showNotice,
        withdraw: withdrawNotices,
        navigate,
        language: () => readPrefs().language,
        counts: (counts) => {
          titleCounts = counts;
          retitle();
        },
      });
      const current = alerts;
      worker.addEventListener('message', (event: MessageEvent) => {
        if (isReportDone(event.data)) reports.done(event.data.id);
        else current.receive(event.data);
      });
      reports.resend();
    }
    // A worker that dies (an uncaught error, or killed or hung: its pings go unanswered) is replaced,
    // as main restarts a crashed store window, and with the same growing delay, so one that fails at start cannot spin.
    const spawned = worker;
    spawned.addEventListener('error', () => crashed(spawned));
    stopWatching?.();
    const watchdog = new MessageChannel();
    connections += 1;
    spawned.postMessage({ type: 'connect', connectionId: `watchdog-${connections}` }, [watchdog.port2]);
    const host = Comlink.wrap<{ ping(): string }>(watchdog.port1);
    stopWatching = watchStore({ ping: () => host.ping(), onDead: () => crashed(spawned) });
    connect();
  }

  function crashed(dead: Worker): void {
    // The error event and the watchdog may both report the same worker; it is replaced once.
    if (worker !== dead) return;
    stopWatching?.();
    stopWatching = null;
    dead.terminate();
    worker = null;
    crashes.push(Date.now());
    setTimeout(() => {
      if (portListener && worker === null && !elsewhere) spawnStore();
    }, restartDelay(crashes, Date.now()));
  }

  function stopStore(): void {
    // Another tab has the desk now: this one's counts are no longer its user's.
    titleCounts = { overdue: 0, dueSoon: 0 };
    retitle();
    stopWatching?.();
    stopWatching = null;
    worker?.terminate();
    worker = null;
    alerts?.dispose();
    alerts = null;
  }

  function setElsewhere(value: boolean): void {
    elsewhere = value;
    for (const listener of elsewhereListeners) listener(value);
  }

  /**
   * A print view in a frame of this tab reads through this tab's store host: its own would build the
   * whole search index again first (half a minute on a large desk, the print given up meanwhile).
   */
  function grantStorePort(event: MessageEvent): void {
    if (event.origin !== window.location.origin || (event.data as { type?: unknown })?.type !== STORE_PORT_REQUEST) return;
    const frame = [...document.querySelectorAll('iframe')].find((element) => element.contentWindow === event.source);
    if (!frame?.contentWindow) return;
    if (!worker) {
      frame.contentWindow.postMessage({ type: STORE_PORT_GRANT, granted: false }, window.location.origin);
      return;
    }
    const channel = new MessageChannel();
    connections += 1;
    const connectionId = `print-${connections}`;
    const host = worker;
    host.postMessage({ type: 'connect', connectionId }, [channel.port2]);
    frame.contentWindow.postMessage({ type: STORE_PORT_GRANT, granted: true }, window.location.origin, [channel.port1]);
    // The frame goes once printed: its connection goes with it. Left open, every change the store host
    // published afterwards waited for an answer from it (20 prints and 300 changes held 6,000 in the worker).
    frame.contentWindow.addEventListener('pagehide', () => host.postMessage({ type: 'disconnect', connectionId }), { once: true });
  }
  if (!inPrintFrame()) window.addEventListener('message', grantStorePort);

  /** In a print frame: the desk tab's store host if it hands a connection over, else one of its own. */
  function connectFromFrame(): void {
    let settled = false;
    const settle = (port: MessagePort | null) => {
      if (settled) return;
      settled = true;
      window.removeEventListener('message', onGrant);
      clearTimeout(timer);
      if (port) portListener?.(port);
      else spawnStore();
    };
    function onGrant(event: MessageEvent) {
      if (event.source !== window.parent || (event.data as { type?: unknown })?.type !== STORE_PORT_GRANT) return;
      settle((event.data as { granted?: boolean }).granted ? (event.ports[0] ?? null) : null);
    }
    const timer = setTimeout(() => settle(null), STORE_PORT_WAIT_MS);
    window.addEventListener('message', onGrant);
    window.parent.postMessage({ type: STORE_PORT_REQUEST }, window.location.origin);
  }

  /** Runs the store host while this tab holds the desk lock (see web-desk-lock.ts); a print frame borrows the tab's. */
  function holdDesk(steal: boolean): void {
    if (inPrintFrame()) {
      connectFromFrame();
      return;
    }
    if (!navigator.locks) {
      spawnStore();
      return;
    }
    deskLock ??= createDeskLock(navigator.locks, {
      held: () => {
        setElsewhere(false);
        spawnStore();
      },
      elsewhere: () => {
        stopStore();
        setElsewhere(true);
      },
    });
    deskLock.hold(steal);
  }

  function connect(): void {
    if (!worker || !portListener) return;
    const channel = new MessageChannel();
    connections += 1;
    worker.postMessage({ type: 'connect', connectionId: `web-${connections}` }, [channel.port2]);
    portListener(channel.port1);
  }

  return {
    kind: 'web',
    connectStore(onPort) {
      portListener = onPort;
      holdDesk(false);
      return () => {
        portListener = null;
        stopStore();
        deskLock?.release();
      };
    },
    reconnectStore: () => {
      if (!elsewhere) spawnStore();
    },
    tabs: {
      onElsewhere(listener) {
        elsewhereListeners.add(listener);
        listener(elsewhere);
        return () => elsewhereListeners.delete(listener);
      },
      takeOver: () => holdDesk(true),
    },
    async readKeptBackup(path) {
      const name = keptBackupName(path);
      if (name === null || typeof navigator.storage?.getDirectory !== 'function') return null;
      try {
        const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle(KEPT_BACKUPS_FOLDER);
        // The File the browser keeps on disk: never read into the page, whatever its size.
        return await (await folder.getFileHandle(name)).getFile();
      } catch (error) {
        // Deleted since (only the newest are kept), or the folder was never made.
        if (error instanceof DOMException && (error.name === 'NotFoundError' || error.name === 'TypeMismatchError')) return null;
        throw error;
      }
    },
    appInfo: async () => ({ version: __APP_VERSION__, platform: 'web', userDataPath: 'IndexedDB', isPackaged: false }),
    async notify(request) {
      if (typeof Notification !== 'undefined' && Notification.permission === 'granted') {
        const notification = new Notification(request.title, { body: request.body });
        notification.onclick = () => {
          window.focus();
          if (request.route) navigate(request.route);
        };
        return;
      }
      showNotice({ ...request, id: crypto.randomUUID() });
    },
    onInAppNotice(listener) {
      noticeListeners.add(listener);
      const waiting = unheard;
      unheard = [];
      for (const notice of waiting) listener(notice);
      return () => noticeListeners.delete(listener);
    },
    onNoticesWithdrawn(listener) {
      withdrawListeners.add(listener);
      return () => withdrawListeners.delete(listener);
    },
    notificationPermission: notificationAccess,
    async requestNotificationPermission() {
      if (notificationAccess() === 'default') await Notification.requestPermission();
      return notificationAccess();
    },
    print: (request) => printInFrame(request.route),
    printReady: () => window.parent?.postMessage({ type: PRINT_READY_MESSAGE }, window.location.origin),
    async saveFile(request) {
      await downloadBlob(new Blob([request.data as Uint8Array<ArrayBuffer>]), request.suggestedName);
      return { status: 'saved' };
    },
    downloadBlob,
    openFile: (request) =>
      pickFile(request.filters).then((file) => {
        if (!file) return { status: 'cancelled' } as const;
        const max = request.maxBytes ?? 64 * 1024 * 1024;
        if (file.size > max) return { status: 'too-large', name: file.name, bytes: file.size } as const;
        return file.arrayBuffer().then((buffer) => ({ status: 'opened', name: file.name, data: new Uint8Array(buffer) }) as const);
      }),
    // The File itself goes to the store host's worker, which reads it a range at a time.
    chooseBackupFile: (request) =>
      pickFile(request.filters).then((file) => (file ? { status: 'chosen', name: file.name, bytes: file.size, ref: { file } } : { status: 'cancelled' })),
    async getPrefs() {
      return readPrefs();
    },
    async setPrefs(prefs) {
      const next = AppPrefs.parse({ ...readPrefs(), ...prefs });
      localStorage.setItem(PREFS_KEY, JSON.stringify(next));
      // A switch of language rewords the counts in the tab's title at once.
      retitle();
      return next;
    },
    onNavigate(listener) {
      navigateListeners.add(listener);
      return () => navigateListeners.delete(listener);
    },
  };
}

/** A download of `blob` (any size: the browser streams it from its blob storage). */
async function downloadBlob(blob: Blob, suggestedName: string): Promise<void> {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = suggestedName;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The browser's file picker; null when cancelled. */
function pickFile(filters: ReadonlyArray<{ extensions: readonly string[] }> = []): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
    input.addEventListener('cancel', () => resolve(null));
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null));
    input.click();
  });
}

const isReportDone = (data: unknown): data is WorkerReportDoneMessage =>
  typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'alert-report-done' && typeof (data as { id?: unknown }).id === 'number';

function notificationAccess(): NotificationAccess {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

/**
 * Stored preferences, key by key over the defaults: prefs saved by an older version (before
 * `backup` existed) keep their language and tray choice, and one bad key costs only itself.
 */
function readPrefs(): AppPrefs {
  let stored: unknown;
  try {
    stored = JSON.parse(localStorage.getItem(PREFS_KEY) ?? 'null');
  } catch {
    return DEFAULT_APP_PREFS;
  }
  if (typeof stored !== 'object' || stored === null) return DEFAULT_APP_PREFS;
  const prefs: Record<string, unknown> = { ...DEFAULT_APP_PREFS };
  for (const key of Object.keys(DEFAULT_APP_PREFS) as Array<keyof AppPrefs>) {
    const value = (stored as Record<string, unknown>)[key];
    if (AppPrefs.shape[key].safeParse(value).success) prefs[key] = value;
  }
  return AppPrefs.parse(prefs);
}

/** Whether this page is a print view in a frame of the desk's tab (`printInFrame`). */
function inPrintFrame(): boolean {
  return window.parent !== window;
}

/** Renders the print route in a hidden frame and opens the browser's print dialog once it is ready. */
function printInFrame(route: string): Promise<PrintResult> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'position:fixed;width:0;height:0;border:0;visibility:hidden';
    frame.src = `${window.location.pathname}${window.location.search}#${route}`;
    const timeout = setTimeout(() => finish(new Error(PRINT_NOT_READY)), 30_000);
    function finish(error?: Error) {
      clearTimeout(timeout);
      window.removeEventListener('message', onMessage);
      if (error) {
        frame.remove();
        reject(error);
        return;
      }
      frame.contentWindow?.addEventListener('afterprint', () => frame.remove(), { once: true });
      frame.contentWindow?.print();
      resolve({ status: 'printed' });
    }
    function onMessage(event: MessageEvent) {
      if (event.source === frame.contentWindow && (event.data as { type?: unknown })?.type === PRINT_READY_MESSAGE) finish();
    }
    window.addEventListener('message', onMessage);
    document.body.appendChild(frame);
  });
}
