/**
 * App lifecycle only: single instance, profile location, and wiring of the
 * services (store host, windows, tray, ipc, notifications, printing, files).
 */
import { join } from 'node:path';
import { app, BrowserWindow, Menu, session, type WebContents } from 'electron';
import { createBadge, type Badge } from './alerts/badge';
import { registerFeedIpc } from './alerts/feed-ipc';
import { createNotifier } from './alerts/notifier';
import { createAlertRuntime } from './alerts/runtime';
import { createBackupSchedule } from './files/backup-schedule';
import { BACKUP_SETTINGS_ROUTE, createBackupFailureWatch } from './files/backup-failures';
import { createBackupService } from './files/backup-service';
import { createBackupSources } from './files/backup-sources';
import { createBackupStreams } from './files/backup-streams';
import { createBackupTargets } from './files/backup-targets';
import { BACKUPS_DIR_NAME, createBackupFolder } from './files/backups';
import { openBackupsFolder } from './files/open-folder';
import { applyUserDataOverride } from './files/user-data';
import { APP_ID } from './core/app-identity';
import { UiPush } from './core/contract';
import { mainMessages } from './core/messages';
import { chooseBackupSource, chooseBackupTarget, openWithDialog, saveWithDialog } from './files/file-dialogs';
import { openPrefsStore, type PrefsStore } from './files/prefs-store';
import { registerUiIpc, senderCheck } from './ipc/ui-ipc';
import { createPrintService } from './print/print-service';
import { createStoreHostSupervisor } from './store-host/supervisor';
import { defaultLocations, isAppPageUrl, pageUrl, preloadPath } from './windows/app-url';
import { createMainWindow, revealWindow } from './windows/main-window';
import { guardUnsavedWork, type UnsavedWorkGuard } from './windows/unsaved-work';
import { buildAppMenu } from './windows/menu';
import { createSecureWindow, hardenContents, installSessionPolicy } from './windows/security';
import { applyTrayMessages, createTray } from './windows/tray';

applyUserDataOverride(app);
app.setAppUserModelId(APP_ID);

const locations = defaultLocations(__dirname);
const resourcesDir = app.isPackaged ? process.resourcesPath : join(__dirname, '../../resources');
const trayIconFile = (name: string) => join(resourcesDir, process.platform === 'win32' ? `${name}.ico` : `${name}.png`);
const trayIcon = trayIconFile('tray');
const appIcon = join(resourcesDir, 'icon.png');
const badgeIcons = { tray: trayIcon, trayAlert: trayIconFile('tray-alert'), overlay: join(resourcesDir, 'overlay-overdue.png') };
/** The on-quit backup may hold the quit this long; after it the app quits without it (logged). */
const QUIT_BACKUP_TIMEOUT_MS = 60_000;

let quitting = false;
let flushedForQuit = false;
/** The backup-then-flush before quit; a second quit request while it runs joins it (no flush under a running backup). */
let quitSequence: Promise<void> | null = null;
let mainWindow: BrowserWindow | null = null;
/** The main window's question before its unsaved work is lost (see guardUnsavedWork). */
let mainGuard: UnsavedWorkGuard | null = null;
let badge: Badge | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => showMain());
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  void app.whenReady().then(start);
}

function showMain(route?: string): void {
  // The window closed for the quit, whose backup may run on for a minute: none opens again to be lost with it.
  if (quitSequence) return;
  if (!mainWindow || mainWindow.isDestroyed()) {
    // A new window opens on the route: its page is not there yet to be told.
    mainWindow = openMainWindow(route);
    revealWindow(mainWindow);
    return;
  }
  revealWindow(mainWindow);
  if (route) mainWindow.webContents.send(UiPush.navigate, { route });
}

let prefs: PrefsStore;

/**
 * 退出 from the tray or the menu: the main window closes first, so work it holds unsaved (a
 * half-typed registration) is asked about before anything of the quit starts; staying cancels it.
 * Then the quit runs as any other (before-quit: backup, flush).
 */
function requestQuit(): void {
  if (!mainWindow || mainWindow.isDestroyed() || !mainGuard) {
    app.quit();
    return;
  }
  const before = quitting;
  quitting = true;
  // Not taken (a question about a reload is up): the window goes on as it was, hidden to the tray when closed.
  if (!mainGuard.closeForQuit(() => app.quit())) quitting = before;
}

function openMainWindow(route?: string): BrowserWindow {
  const window = createMainWindow({
    locations,
    icon: appIcon,
    shouldHideOnClose: () => !quitting && prefs.get().closeToTray,
    ...(route ? { route } : {}),
  });
  const guard = guardUnsavedWork(window, {
    messages: () => mainMessages(prefs.get().language),
    // After the quit's flush the store host is gone: nothing could be saved, the page goes without asking.
    mustClose: () => flushedForQuit,
    quitting: () => quitting,
    // Staying cancels the quit: closing the window hides it to the tray again.
    onStay: () => void (quitting = false),
  });
  window.on('closed', () => {
    if (mainWindow !== window) return;
    mainWindow = null;
    mainGuard = null;
    // Closed for good with close-to-tray off: the app quits (backup, flush). 'window-all-closed' never
    // comes while the store host's hidden window lives.
    if (!quitting && !prefs.get().closeToTray) app.quit();
  });
  mainGuard = guard;
  // The taskbar button (and its overlay icon) comes and goes with the window on Windows.
  window.on('show', () => badge?.refresh());
  return window;
}

async function start(): Promise<void> {
  installSessionPolicy(session.defaultSession);
  prefs = await openPrefsStore(app.getPath('userData'));
  const messages = () => mainMessages(prefs.get().language);

  const log = (area: string) => (message: string, detail?: unknown) => console.warn(`[${area}] ${message}`, detail ?? '');

  const backupFolder = createBackupFolder({ dir: join(app.getPath('userData'), BACKUPS_DIR_NAME), log: log('backups') });
  // The store host streams backups to main (into the folder, or where 备份到文件 chose) and reads the one to restore.
  const backupTargets = createBackupTargets();
  const backupSources = createBackupSources({ log: log('backups') });
  const backupStreams = createBackupStreams({
    folder: backupFolder,
    keep: () => prefs.get().backup,
    takeTarget: (target) => backupTargets.take(target),
    onOutcome: (kind, result) => backups.outcome(kind, result),
    log: log('backups'),
  });
  const supervisor = createStoreHostSupervisor({
    backupFiles: {
      open: (request) => backupStreams.open(request),
      write: (request) => backupStreams.write(request),
      close: (request) => backupStreams.close(request),
      abort: (request) => backupStreams.abort(request),
      read: (request) => backupSources.read(request),
      release: (request) => backupSources.release(request.source),
    },
    onHostReset: () => void backupStreams.abortAll(),
    createHostWindow: () => {
      const window = createSecureWindow({ preload: preloadPath(locations, 'host'), show: false, backgroundThrottling: false });
      void window.loadURL(pageUrl(locations, 'store-host'));
      return window;
    },
    log: log('store-host'),
  });
  supervisor.start();

  // The store host makes a backup, daily, on quit and on request; its stream into the backups folder answers the request.
  const backups = createBackupService({
    requestFromHost: (kind, timeoutMs) => supervisor.requestBackup(kind, timeoutMs),
    abandon: (kind) => backupStreams.abortKind(kind),
    log: log('backups'),
  });
  const notifier = createNotifier({
    open: (route) => showMain(route),
    acknowledge: (keys) => alerts.acknowledge(keys),
    snooze: (keys) => alerts.snooze(keys),
    log: log('alerts'),
  });
  // A failing automatic backup is told once (a notification opening Settings), and shown there until one succeeds.
  const backupFailures = createBackupFailureWatch({
    notify: () => notifier.show({ title: messages().backupFailedTitle, body: messages().backupFailedBody, route: BACKUP_SETTINGS_ROUTE }),
  });
  const recordedBackup = async () => {
    const result = await backups.run('daily');
    backupFailures.record(result);
    return result;
  };
  const backupSchedule = createBackupSchedule({
    enabled: () => prefs.get().backup.daily,
    lastBackupAt: (notAfter) => backupFolder.newestAutomaticAt(notAfter),
    run: recordedBackup,
    log: log('backups'),
  });
  backupSchedule.start();
  prefs.onChange(() => backupSchedule.refresh());

  const printer = createPrintService(locations);
  const parentOf = (contents: WebContents) => BrowserWindow.fromWebContents(contents);

  registerUiIpc({
    isTrustedSender: senderCheck((url) => isAppPageUrl(locations, url, 'index')),
    appInfo: () => ({
      version: app.getVersion(),
      platform: process.platform,
      userDataPath: app.getPath('userData'),
      isPackaged: app.isPackaged,
    }),
    notify: (request) => notifier.show(request),
    print: (sender, payload) => printer.print(parentOf(sender), payload, messages()),
    saveFile: (sender, payload) => saveWithDialog(parentOf(sender), payload, messages()),
    openFile: (sender, payload) => openWithDialog(parentOf(sender), payload, messages()),
    getPrefs: () => prefs.get(),
    setPrefs: async (patch) => {
      const next = await prefs.update(patch);
      applyLanguage();
      return next;
    },
    backupStatus: async () => ({ ...(await backupFolder.status()), lastFailure: backupFailures.last() }),
    // 立即备份: its refusal is shown where it was clicked; a success clears an automatic backup's failure.
    backupNow: async () => {
      const result = await backups.run('daily');
      if (result.status === 'saved') backupFailures.record(result);
      return result;
    },
    openBackupsFolder: () => openBackupsFolder(backupFolder, log('backups')),
    chooseBackupTarget: (sender, payload) => chooseBackupTarget(parentOf(sender), payload, messages(), backupTargets),
    chooseBackupSource: (sender, payload) => chooseBackupSource(parentOf(sender), payload, messages(), backupSources, sender.id),
    connectStore: (sender) => supervisor.connect(sender),
    printReady: (sender) => printer.markReady(sender),
  });

  const trayActions = { open: () => showMain(), quit: () => requestQuit() };
  const tray = createTray(trayIcon, messages(), trayActions);
  const trayBadge = createBadge({ tray, mainWindow: () => mainWindow, icons: badgeIcons, language: () => prefs.get().language });
  badge = trayBadge;
  const applyLanguage = () => {
    applyTrayMessages(tray, messages(), trayActions);
    trayBadge.refresh();
    Menu.setApplicationMenu(buildAppMenu(messages(), { quit: () => requestQuit(), about: () => app.showAboutPanel() }, !app.isPackaged));
  };
  applyLanguage();

  // Deadline feed (store host) → scheduler → notifications, tray/badge, and reports back to the host's alert log.
  const alerts = createAlertRuntime({
    notifier,
    report: (report) => supervisor.sendAlertReport(report),
    counts: (counts) => trayBadge.update(counts),
    language: () => prefs.get().language,
    log: log('alerts'),
  });
  const stopFeed = registerFeedIpc({ isHost: (contents) => supervisor.isHost(contents), apply: (message) => alerts.apply(message), log: log('alerts') });

  // A second launch while this started may have opened it already.
  if (!mainWindow || mainWindow.isDestroyed()) mainWindow = openMainWindow();

  app.on('activate', () => showMain());
  // The tray keeps the app (and its alerts) alive with every window closed; the store host's hidden
  // window is one of them, so the main window's 'closed' quits when close-to-tray is off.
  app.on('window-all-closed', () => {
    if (!prefs.get().closeToTray) app.quit();
  });
  app.on('before-quit', (event) => {
    // A quit not asked through 退出 (the macOS Dock, the system logging off): the window closes first all the same,
    // asking about unsaved work, before anything of the quit starts.
    if (!quitSequence && !flushedForQuit && mainWindow && !mainWindow.isDestroyed() && mainGuard) {
      event.preventDefault();
      requestQuit();
      return;
    }
    quitting = true;
    // No alert may pop up while the app goes; what was reported is already on its way to the host.
    alerts.stop();
    stopFeed();
    backupSchedule.stop();
    if (flushedForQuit) return;
    event.preventDefault();
    quitSequence ??= backupThenFlush().finally(async () => {
      // After the on-quit backup nothing streams any more: half-written temp files go, the file to restore is let go.
      await Promise.all([backupStreams.abortAll(), backupSources.closeAll()]);
      flushedForQuit = true;
      supervisor.stop();
      tray.destroy();
      app.quit();
    });
  });

  /**
   * The on-quit backup comes before the flush, which closes the database the
   * backup reads. Without it the flush is asked for at once, as before backups existed.
   */
  async function backupThenFlush(): Promise<void> {
    if (prefs.get().backup.onQuit) await backupBeforeQuit();
    await supervisor.flush();
  }

  /** Never holds the quit for longer than QUIT_BACKUP_TIMEOUT_MS, and never throws. */
  async function backupBeforeQuit(): Promise<void> {
    const result = await backups.run('on-quit', QUIT_BACKUP_TIMEOUT_MS).catch((error: unknown) => ({ status: 'failed' as const, error }));
    if (result.status !== 'saved') log('backups')('quitting without the on-quit backup', result);
  }
}
