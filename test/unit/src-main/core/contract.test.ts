import { describe, expect, it } from 'vitest';
import {
  AppPrefs,
  AppPrefsPatch,
  DEFAULT_APP_PREFS,
  BackupSourceReadRequest,
  BackupStreamOpenRequest,
  BackupStreamWriteRequest,
  ChooseBackupTargetRequest,
  HostInvoke,
  HostPush,
  HostSend,
  MAX_BACKUP_PART_BYTES,
  MAX_OPEN_FILE_BYTES,
  NotifyRequest,
  OpenFileRequest,
  PrintRequest,
  SaveFileRequest,
  UiInvoke,
  UiPush,
  UiSend,
} from '../../../../src-main/core/contract';

describe('channels', () => {
  it('are all distinct, so no two messages can cross', () => {
    const names = [UiInvoke, UiSend, UiPush, HostSend, HostPush, HostInvoke].flatMap((group) => Object.values(group));
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('PrintRequest', () => {
  it('accepts print routes and fills the defaults', () => {
    expect(PrintRequest.parse({ route: '/print/case/1/registration', mode: 'pdf' })).toEqual({
      route: '/print/case/1/registration',
      mode: 'pdf',
      paper: 'A4',
      marginsMm: 15,
      suggestedName: 'complaint-desk.pdf',
    });
  });

  it('refuses routes that do not start with /print/', () => {
    for (const route of ['/cases/1', 'print/case/1', '/printer/x', 'https://evil.example/print/x', '/', '']) {
      expect(PrintRequest.safeParse({ route, mode: 'dialog' }).success, route).toBe(false);
    }
  });

  it('refuses unknown modes, paper sizes and out-of-range margins', () => {
    const base = { route: '/print/x', mode: 'pdf' };
    expect(PrintRequest.safeParse({ ...base, mode: 'fax' }).success).toBe(false);
    expect(PrintRequest.safeParse({ ...base, paper: 'A3' }).success).toBe(false);
    expect(PrintRequest.safeParse({ ...base, marginsMm: -1 }).success).toBe(false);
    expect(PrintRequest.safeParse({ ...base, marginsMm: 41 }).success).toBe(false);
  });
});

describe('AppPrefs', () => {
  it('has valid defaults', () => {
    expect(AppPrefs.parse(DEFAULT_APP_PREFS)).toEqual(DEFAULT_APP_PREFS);
  });

  it('the patch is partial and strict', () => {
    expect(AppPrefsPatch.parse({})).toEqual({});
    expect(AppPrefsPatch.parse({ language: 'en' })).toEqual({ language: 'en' });
    expect(AppPrefsPatch.safeParse({ language: 'en', theme: 'dark' }).success).toBe(false);
    expect(AppPrefsPatch.safeParse({ closeToTray: 'true' }).success).toBe(false);
    expect(AppPrefsPatch.safeParse({ language: 'de' }).success).toBe(false);
  });
});

describe('other payloads', () => {
  it('NotifyRequest routes are app routes', () => {
    expect(NotifyRequest.safeParse({ title: 't', body: '', route: '/cases/1' }).success).toBe(true);
    expect(NotifyRequest.safeParse({ title: 't', body: '', route: 'https://evil.example/' }).success).toBe(false);
    expect(NotifyRequest.safeParse({ title: '', body: '' }).success).toBe(false);
  });

  it('SaveFileRequest carries bytes and sane filters', () => {
    expect(SaveFileRequest.parse({ suggestedName: 'a.csv', data: new Uint8Array(2) }).filters).toEqual([]);
    expect(SaveFileRequest.safeParse({ suggestedName: 'a.csv', data: [1, 2] }).success).toBe(false);
    expect(SaveFileRequest.safeParse({ suggestedName: 'a', data: new Uint8Array(), filters: [{ name: 'x', extensions: ['c/sv'] }] }).success).toBe(false);
  });

  it('OpenFileRequest has a bounded size limit with a default', () => {
    expect(OpenFileRequest.parse({}).maxBytes).toBe(64 * 1024 * 1024);
    expect(OpenFileRequest.safeParse({ maxBytes: 0 }).success).toBe(false);
    expect(OpenFileRequest.safeParse({ maxBytes: MAX_OPEN_FILE_BYTES }).success).toBe(true);
    expect(OpenFileRequest.safeParse({ maxBytes: MAX_OPEN_FILE_BYTES + 1 }).success).toBe(false);
  });
});

describe('backup streams', () => {
  it('open the automatic kinds by kind alone, a manual one only with a target', () => {
    for (const kind of ['daily', 'on-quit', 'pre-restore']) expect(BackupStreamOpenRequest.safeParse({ kind, expectedBytes: 0 }).success, kind).toBe(true);
    expect(BackupStreamOpenRequest.safeParse({ kind: 'manual', expectedBytes: 0 }).success).toBe(false);
    expect(BackupStreamOpenRequest.safeParse({ kind: 'manual', target: 't', expectedBytes: 0 }).success).toBe(true);
    expect(BackupStreamOpenRequest.safeParse({ kind: 'daily', expectedBytes: 1.5 }).success).toBe(false);
  });

  it('carry parts and read ranges of at most MAX_BACKUP_PART_BYTES', () => {
    expect(BackupStreamWriteRequest.safeParse({ stream: 's', data: new Uint8Array(MAX_BACKUP_PART_BYTES) }).success).toBe(true);
    expect(BackupStreamWriteRequest.safeParse({ stream: 's', data: new Uint8Array(MAX_BACKUP_PART_BYTES + 1) }).success).toBe(false);
    expect(BackupSourceReadRequest.safeParse({ source: 's', at: 0, length: MAX_BACKUP_PART_BYTES }).success).toBe(true);
    expect(BackupSourceReadRequest.safeParse({ source: 's', at: 0, length: MAX_BACKUP_PART_BYTES + 1 }).success).toBe(false);
  });

  it('ask for a target with a suggested name and default filters', () => {
    expect(ChooseBackupTargetRequest.parse({ suggestedName: 'a.cdbak' })).toEqual({ suggestedName: 'a.cdbak', filters: [] });
    expect(ChooseBackupTargetRequest.safeParse({ suggestedName: '' }).success).toBe(false);
  });
});
