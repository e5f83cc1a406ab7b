import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type DirtyCheck = () => boolean;

/**
 * What unsaved work is lost by: leaving the page (a settings form's edits), or only ending the
 * session — signing out, switching user (a half-typed registration, which is kept across pages).
 */
export type Loss = 'navigate' | 'signOut';

/** The forms on screen, each asked at the moment of leaving whether it holds unsaved edits. */
export interface UnsavedChanges {
  add(check: DirtyCheck, lostOn?: Loss): () => void;
  /** Whether anything would be lost by `loss` (by default, by leaving the page). */
  any(loss?: Loss): boolean;
}

export function createUnsavedChanges(): UnsavedChanges {
  const checks = new Map<DirtyCheck, Loss>();
  return {
    add(check, lostOn = 'navigate') {
      checks.set(check, lostOn);
      return () => void checks.delete(check);
    },
    // Ending the session loses everything; leaving the page only what a page holds.
    any: (loss = 'navigate') => [...checks].some(([check, lostOn]) => (loss === 'signOut' || lostOn === 'navigate') && check()),
  };
}

const UnsavedContext = createContext<UnsavedChanges | null>(null);
export const UnsavedChangesProvider = UnsavedContext.Provider;

/**
 * A registry of its own for a part of a page (one settings section), to ask whether its forms hold
 * edits; what they register still counts for the page's and the app's guards. Provide it with
 * `UnsavedChangesProvider` around the part.
 */
export function useNestedUnsavedChanges(): UnsavedChanges {
  const parent = useContext(UnsavedContext);
  const [own] = useState(createUnsavedChanges);
  return useMemo<UnsavedChanges>(
    () => ({
      add(check, lostOn) {
        const mine = own.add(check, lostOn);
        const page = parent?.add(check, lostOn);
        return () => {
          mine();
          page?.();
        };
      },
      any: (loss) => own.any(loss),
    }),
    [own, parent],
  );
}

/** Counts a form's edits as unsaved while it is mounted (outside a guard, nothing asks). */
export function useUnsavedChanges(isDirty: DirtyCheck, lostOn: Loss = 'navigate'): void {
  const unsaved = useContext(UnsavedContext);
  const latest = useRef(isDirty);
  useLayoutEffect(() => {
    latest.current = isDirty;
  });
  useEffect(() => unsaved?.add(() => latest.current(), lostOn), [unsaved, lostOn]);
}

/**
 * Work under way that ending the session or unloading the page would cut short (evidence still
 * uploading after its case was registered): `hold()` counts it as unsaved until the release it
 * returns is called, whether or not the page that started it is still open.
 */
export function useWorkInFlight(): () => () => void {
  const unsaved = useContext(UnsavedContext);
  return useCallback(() => unsaved?.add(() => true, 'signOut') ?? (() => undefined), [unsaved]);
}

/** Whether ending the session now would lose work (the lock screen asks before 切换用户). */
export function useWorkLostBySignOut(): boolean {
  return useContext(UnsavedContext)?.any('signOut') ?? false;
}

/** The route the window shows: its hash without `#` and without a query (`?session=…`). */
const currentRoute = () => window.location.hash.slice(1).split('?')[0] ?? '';

/**
 * The sidebar and other in-app links are plain `#/…` anchors, and wouter has no
 * way to block a navigation: a click on one is caught before the browser follows
 * it and handed to `onLeave` while edits are unsaved; following it later is
 * setting the hash, as the browser would have. (Back/forward and a notification
 * opening a case are not links and still leave.)
 */
function useGuardedLinks(unsaved: UnsavedChanges, onLeave: (route: string) => void): void {
  const latest = useRef(onLeave);
  useLayoutEffect(() => {
    latest.current = onLeave;
  });
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest('a[href^="#/"]') : null;
      if (!link || (link.getAttribute('target') ?? '_self') !== '_self') return;
      const route = link.getAttribute('href')!.slice(1);
      if (route === currentRoute() || !unsaved.any()) return;
      event.preventDefault();
      latest.current(route);
    };
    // Capture: before the link's own handlers and before the browser changes the hash.
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, [unsaved]);
}

/**
 * Reloading or closing the page ends everything held in memory, a half-typed registration too:
 * the browser asks first (its own words), and so does the desktop app's main process when the
 * window would close or the app quit (it answers the page's refusal to unload with its own dialog).
 */
function useAskBeforeUnload(unsaved: UnsavedChanges): void {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!unsaved.any('signOut')) return;
      event.preventDefault();
      // Older engines ask only when a return value is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [unsaved]);
}

/** 有未保存的修改，确定离开吗？ — staying is the default, so Enter never throws edits away. */
export function LeaveDialog({
  opened,
  onLeave,
  onStay,
  message,
  leaveLabel,
}: {
  opened: boolean;
  onLeave(): void;
  onStay(): void;
  message?: string;
  leaveLabel?: string;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onStay} title={t('admin.unsaved.title')}>
      <Stack>
        <Text size="sm">{message ?? t('admin.unsaved.message')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onStay} data-autofocus>
            {t('admin.unsaved.stay')}
          </Button>
          <Button color="red" onClick={onLeave}>
            {leaveLabel ?? t('admin.unsaved.leave')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Work a page keeps for the session while the user looks elsewhere (a half-typed registration). */
const DraftsContext = createContext<Map<string, unknown> | null>(null);

export interface SessionDraft<T> {
  /** What was kept under the key when the page last closed; undefined when nothing was. */
  kept: T | undefined;
  keep(value: T | undefined): void;
}

/**
 * A page's work kept in memory for the signed-in session only: it is there again when the page
 * comes back, and gone with signing out or switching user (the guard is mounted per user). Never
 * written anywhere: it may hold a customer's details before they are registered.
 */
export function useSessionDraft<T>(key: string): SessionDraft<T> {
  const drafts = useContext(DraftsContext);
  const [kept] = useState(() => drafts?.get(key) as T | undefined);
  // Open, the page holds the work itself (and counts it as unsaved); it keeps it here again when it closes.
  useEffect(() => void drafts?.delete(key), [drafts, key]);
  const keep = useCallback((value: T | undefined) => void (value === undefined ? drafts?.delete(key) : drafts?.set(key, value)), [drafts, key]);
  return { kept, keep };
}

/** What is about to end the session, for the question asked first. */
export type SessionEnd = 'signOut' | 'switchUser';

type ConfirmSessionEnd = (end: SessionEnd, then: () => void) => void;
const ConfirmContext = createContext<ConfirmSessionEnd>((_end, then) => then());

/** Runs `then` (signing out, switching user) at once, or after the user confirms losing unsaved work. */
export const useConfirmSessionEnd = (): ConfirmSessionEnd => useContext(ConfirmContext);

type Pending = { route: string } | { end: SessionEnd; then: () => void };

/**
 * One signed-in session's unsaved work: every form registers here, an in-app link away from a
 * page holding edits asks first, and so do signing out and switching user whatever they would
 * lose. Mounted once per user (AuthGate keys it), so nothing of one user's is asked about for another.
 */
export function UnsavedChangesGuard({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [unsaved] = useState(createUnsavedChanges);
  const [drafts] = useState(() => new Map<string, unknown>());
  // Work kept while its page is closed is lost by ending the session (or the page) all the same.
  useEffect(() => unsaved.add(() => drafts.size > 0, 'signOut'), [unsaved, drafts]);
  const [pending, setPending] = useState<Pending | null>(null);
  useGuardedLinks(unsaved, (route) => setPending({ route }));
  useAskBeforeUnload(unsaved);
  const confirm = useCallback<ConfirmSessionEnd>((end, then) => (unsaved.any('signOut') ? setPending({ end, then }) : then()), [unsaved]);
  const session = pending !== null && 'end' in pending ? pending : null;

  return (
    <UnsavedChangesProvider value={unsaved}>
      <ConfirmContext.Provider value={confirm}>
        <DraftsContext.Provider value={drafts}>{children}</DraftsContext.Provider>
        <LeaveDialog
          opened={pending !== null}
          onStay={() => setPending(null)}
          onLeave={() => {
            setPending(null);
            if (pending === null) return;
            if ('route' in pending) window.location.hash = pending.route;
            else pending.then();
          }}
          {...(session && { message: t(`auth.unsaved.${session.end}`), leaveLabel: t(`auth.${session.end}`) })}
        />
      </ConfirmContext.Provider>
    </UnsavedChangesProvider>
  );
}
