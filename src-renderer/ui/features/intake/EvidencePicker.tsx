import { Button, CloseButton, FileButton, Group, Input, List, Stack, Text } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentLimits } from '../../../domain/settings/settings';
import { errorText } from '../../i18n/errors';
import { checkFiles, chooseFiles, type ChosenFile } from './evidence';
import { formatBytes } from '../../components/format';
// The picker offers what the store host accepts (by type, and by extension where a system knows no type); the pre-check explains the rest.
import { ATTACHMENT_ACCEPT } from '../../../domain/cases/attachments';

/** 证据附件: files chosen now, uploaded once the case is registered. */
export function EvidencePicker({
  files,
  onChange,
  limits,
  disabled,
}: {
  files: ChosenFile[];
  onChange(files: ChosenFile[]): void;
  limits: AttachmentLimits;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const resetRef = useRef<() => void>(null);
  const checked = checkFiles(files, limits);

  function pick(picked: File[]) {
    if (picked.length > 0) onChange([...files, ...chooseFiles(picked)]);
    // Lets the same file be picked again after it was removed.
    resetRef.current?.();
  }

  return (
    <Stack gap={6}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div style={{ minWidth: 0, flex: 1 }}>
          <Input.Label id="evidence-label" labelElement="div">
            {t('intake.attachments.label')}
          </Input.Label>
          <Text size="xs" c="dimmed">
            {t('intake.attachments.hint', { maxFile: limits.maxFileMB, maxCase: limits.maxCaseMB })}
          </Text>
        </div>
        <FileButton multiple accept={ATTACHMENT_ACCEPT} onChange={pick} resetRef={resetRef} disabled={disabled}>
          {(props) => (
            <Button variant="default" size="xs" disabled={disabled} style={{ flexShrink: 0 }} {...props}>
              {t('intake.attachments.add')}
            </Button>
          )}
        </FileButton>
      </Group>
      {checked.length > 0 && (
        <List aria-labelledby="evidence-label" listStyleType="none" spacing={4}>
          {checked.map((pending) => (
            <List.Item key={pending.key}>
              <Group gap="xs" wrap="nowrap">
                <Text size="sm" c={pending.problem ? 'red' : undefined} style={{ wordBreak: 'break-all' }}>
                  {pending.name} · {formatBytes(pending.file.size)}
                </Text>
                <CloseButton
                  size="sm"
                  aria-label={t('intake.attachments.remove', { name: pending.name })}
                  disabled={disabled}
                  onClick={() => onChange(files.filter((f) => f.key !== pending.key))}
                />
              </Group>
              {pending.problem && (
                <Text size="xs" c="red">
                  {errorText(t, pending.problem)}
                </Text>
              )}
            </List.Item>
          ))}
        </List>
      )}
      {checked.some((f) => f.problem) && (
        <Text size="xs" c="dimmed">
          {t('intake.attachments.skipped')}
        </Text>
      )}
    </Stack>
  );
}
