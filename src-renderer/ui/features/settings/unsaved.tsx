import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { createContext, useContext, useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

type DirtyCheck = () => boolean;

/** The settings forms on screen, each asked at the moment of leaving whether it holds unsaved edits. */
export interface UnsavedChanges {
  add(check: DirtyCheck): () => void;
  any(): boolean;
}

export function createUnsavedChanges(): UnsavedChanges {
  const checks = new Set<DirtyCheck>();
  return {
    add(check) {
      checks.add(check);
      return () => void checks.delete(check);
    },
    any: () => [...checks].some((check) => check()),
  };
}

const UnsavedContext = createContext<UnsavedChanges | null>(null);
export const UnsavedChangesProvider = UnsavedContext.Provider;

/** Counts a form's edits as unsaved while it is mounted (outside the settings page, nothing asks). */
export function useUnsavedChanges(isDirty: DirtyCheck): void {
  const unsaved = useContext(UnsavedContext);
  const latest = useRef(isDirty);
  useLayoutEffect(() => {
    latest.current = isDirty;
  });
  useEffect(() => unsaved?.add(() => latest.current()), [unsaved]);
}

/**
 * The sidebar and other in-app links are plain `#/…` anchors, and wouter has no
 * way to block a navigation: a click on one is caught before the browser follows
 * it and handed to `onLeave` while edits are unsaved. (Back/forward and a
 * notification opening a case are not links and still leave.)
 */
export function useGuardedLinks(unsaved: UnsavedChanges, current: string, onLeave: (route: string) => void): void {
  const latest = useRef({ current, onLeave });
  useLayoutEffect(() => {
    latest.current = { current, onLeave };
  });
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest('a[href^="#/"]') : null;
      if (!link || (link.getAttribute('target') ?? '_self') !== '_self') return;
      const route = link.getAttribute('href')!.slice(1);
      if (route === latest.current.current || !unsaved.any()) return;
      event.preventDefault();
      latest.current.onLeave(route);
    };
    // Capture: before the link's own handlers and before the browser changes the hash.
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, [unsaved]);
}

/** 有未保存的修改，确定离开吗？ — staying is the default, so Enter never throws edits away. */
export function LeaveDialog({ opened, onLeave, onStay }: { opened: boolean; onLeave(): void; onStay(): void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onStay} title={t('admin.unsaved.title')}>
      <Stack>
        <Text size="sm">{t('admin.unsaved.message')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onStay} data-autofocus>
            {t('admin.unsaved.stay')}
          </Button>
          <Button color="red" onClick={onLeave}>
            {t('admin.unsaved.leave')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
