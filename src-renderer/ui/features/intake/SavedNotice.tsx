import { Alert, Anchor, List, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../domain/cases/case';
import { errorText } from '../../i18n/errors';
import { Acknowledgement } from './Acknowledgement';
import type { UploadResult } from './evidence';
import { dueBeforeRegistration, promisedResponseAt } from './format';
import { formatDateTime } from '../../components/format';

/** The outcome of a registration: its number and deadline, how the evidence fared, and the customer's acknowledgement. */
export function SavedNotice({ record, uploads, centreName }: { record: CaseRecord; uploads: UploadResult[]; centreName: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  // The form is long: bring the outcome into view where the agent reads it out.
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  }, [record.id]);
  return (
    <Alert ref={ref} color="teal" role="status" title={t('intake.saved', { no: record.no })}>
      <Stack gap="xs">
        {promisedResponseAt(record) !== null && (
          <Text size="sm" c={dueBeforeRegistration(record) ? 'red.8' : undefined}>
            {t(dueBeforeRegistration(record) ? 'intake.savedOverdue' : 'intake.savedDetail', { due: formatDateTime(promisedResponseAt(record)!) })}
          </Text>
        )}
        <Anchor href={`#/cases/${record.id}`} size="sm">
          {t('intake.openCase')}
        </Anchor>
        {uploads.length > 0 && <UploadList uploads={uploads} />}
        <Acknowledgement record={record} centreName={centreName} />
      </Stack>
    </Alert>
  );
}

function UploadList({ uploads }: { uploads: UploadResult[] }) {
  const { t } = useTranslation();
  const refused = uploads.some((u) => u.state === 'refused');
  return (
    <div>
      <Text size="sm" fw={500} id="upload-results">
        {t('intake.attachments.results')}
      </Text>
      <List size="sm" spacing={2} aria-labelledby="upload-results">
        {uploads.map((upload) => (
          <List.Item key={upload.key}>
            {upload.state === 'refused' && upload.error ? (
              <Text span size="sm" c="red">
                {upload.error.code.startsWith('attachments.') ? errorText(t, upload.error) : `${upload.name}: ${errorText(t, upload.error)}`}
              </Text>
            ) : (
              <Text span size="sm">
                {upload.name} · {upload.state === 'added' ? t('intake.attachments.added') : t('intake.attachments.uploading')}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
      {refused && (
        <Text size="xs" c="dimmed">
          {t('intake.attachments.addLater')}
        </Text>
      )}
    </div>
  );
}
