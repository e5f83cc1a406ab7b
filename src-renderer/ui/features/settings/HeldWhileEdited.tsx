import { Alert, Button, Stack } from '@mantine/core';
import { createContext, useContext, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { UnsavedChangesProvider, useNestedUnsavedChanges } from '../../components/unsaved';

/**
 * The stored value a section's save is made against (see `settings.update`'s `base`), and, while the
 * section holds edits made against a value changed elsewhere, how to drop them; none outside a held section.
 */
interface HeldSection {
  value: unknown;
  /** Present while the section is held: 撤销 then starts the section from the latest stored value, not from the one it held. */
  discardHeld?: () => void;
}
const SettingsBase = createContext<HeldSection | null>(null);

/** The value to send as `base` with a save of this section, or null outside one. */
export function useSettingsBase(): HeldSection | null {
  return useContext(SettingsBase);
}

/**
 * A settings section kept as it was started while its form holds unsaved edits. The sections start
 * again from the stored value whenever it changes (keyed on it), which is right after their own save
 * but threw away what an administrator was typing when the value changed elsewhere (another window,
 * another administrator): they then kept the stale values and a save said 已保存 of nothing typed.
 * Now the section keeps the value it started from, says that it changed, and offers the latest.
 */
export function HeldWhileEdited<T>({ value, children }: { value: T; children: (shown: T) => ReactNode }) {
  const { t } = useTranslation();
  const unsaved = useNestedUnsavedChanges();
  const [shown, setShown] = useState(value);
  const [changedElsewhere, setChangedElsewhere] = useState(false);
  // The stored value as text: a new object of the same settings is no change.
  const latest = JSON.stringify(value);
  const [seen, setSeen] = useState(latest);
  if (latest !== seen) {
    setSeen(latest);
    // Edits under way stay; otherwise (nothing typed, or just saved) the section starts from the stored value.
    if (latest !== JSON.stringify(shown) && unsaved.any()) setChangedElsewhere(true);
    else {
      setShown(value);
      setChangedElsewhere(false);
    }
  }
  const loadLatest = () => {
    setShown(value);
    setChangedElsewhere(false);
  };
  // Saved against what the form started from; once told of the change, against the latest (overwriting it knowingly).
  const base: HeldSection = changedElsewhere ? { value, discardHeld: loadLatest } : { value: shown };
  return (
    <SettingsBase.Provider value={base}>
      <UnsavedChangesProvider value={unsaved}>
        <Stack gap="xs">
          {changedElsewhere && (
            <Alert color="yellow" variant="light" role="status">
              <Stack gap="xs" align="flex-start">
                {t('settings.changedElsewhere')}
                <Button size="xs" variant="default" onClick={loadLatest}>
                  {t('settings.loadLatest')}
                </Button>
              </Stack>
            </Alert>
          )}
          {children(shown)}
        </Stack>
      </UnsavedChangesProvider>
    </SettingsBase.Provider>
  );
}
