import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newDefaultsFor, retiredDefaultsIn, withMissingDefaults, type LexiconEntry } from '../../../../domain/assist/lexicon';

/** 恢复内置词条: adds back the built-in phrases the list lacks, after saying how many; the admin's own entries stay. */
export function RestoreDefaults({ list, onRestore }: { list: readonly LexiconEntry[]; onRestore(next: LexiconEntry[]): void }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const restored = opened ? withMissingDefaults(list) : [];
  const missing = restored.length - list.length;
  const close = () => setOpened(false);
  return (
    <>
      <Button variant="default" onClick={() => setOpened(true)}>
        {t('lexicon.editor.restore')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('lexicon.editor.restoreTitle')}>
        <Stack>
          <Text size="sm">{missing > 0 ? t('lexicon.editor.restoreConfirm', { count: missing }) : t('lexicon.editor.restoreNone')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('admin.actions.cancel')}
            </Button>
            {missing > 0 && (
              <Button
                onClick={() => {
                  onRestore(restored);
                  close();
                }}
              >
                {t('lexicon.editor.restoreSubmit')}
              </Button>
            )}
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

/**
 * Built-in phrases the desk's saved list kept after they left the built-in list (they flagged
 * ordinary descriptions): named, with a way to remove them; the admin then saves as for any edit.
 */
export function RetiredDefaults({ list, onRemove }: { list: readonly LexiconEntry[]; onRemove(next: LexiconEntry[]): void }) {
  const { t } = useTranslation();
  const retired = retiredDefaultsIn(list);
  if (retired.length === 0) return null;
  return (
    <Alert color="yellow" mb="sm" title={t('lexicon.editor.retiredTitle')}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('lexicon.editor.retired', { terms: retired.map((entry) => entry.term).join(t('case.listSeparator')) })}</Text>
        <Button size="xs" variant="light" onClick={() => onRemove(list.filter((entry) => !retired.includes(entry)))}>
          {t('lexicon.editor.retiredRemove', { count: retired.length })}
        </Button>
      </Stack>
    </Alert>
  );
}

/** How many of the new built-in phrases the notice names. */
const NAMED_NEW = 12;

/**
 * Built-in phrases added since the desk's lexicon was saved (a newer version of the app): named, with
 * a way to add them; the admin then saves as for any edit. Saving without them answers the question too:
 * the store host records the edition the list was saved against, and they are not offered again.
 */
export function NewDefaults({ list, savedEdition, onAdd }: { list: readonly LexiconEntry[]; savedEdition: number | undefined; onAdd(next: LexiconEntry[]): void }) {
  const { t } = useTranslation();
  const added = newDefaultsFor(list, savedEdition);
  if (added.length === 0) return null;
  // The count says how many; the first of them say what kind of phrases they are.
  const named = added.slice(0, NAMED_NEW).map((entry) => entry.term).join(t('case.listSeparator')) + (added.length > NAMED_NEW ? '…' : '');
  return (
    <Alert color="blue" mb="sm" title={t('lexicon.editor.newTitle')}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('lexicon.editor.newDefaults', { count: added.length, terms: named })}</Text>
        <Button size="xs" variant="light" onClick={() => onAdd([...list, ...added])}>
          {t('lexicon.editor.newAdd', { count: added.length })}
        </Button>
      </Stack>
    </Alert>
  );
}
