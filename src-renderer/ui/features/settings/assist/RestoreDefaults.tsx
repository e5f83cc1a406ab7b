import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withMissingDefaults, type LexiconEntry } from '../../../../domain/assist/lexicon';

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
