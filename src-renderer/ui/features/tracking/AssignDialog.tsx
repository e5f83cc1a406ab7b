import { Alert, Button, Group, List, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignResult } from '../../../store/services/cases/assign';
import type { TrackingOptions } from '../../../store/services/tracking/rows';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FieldErrorText } from '../../components/FieldErrorText';
import { useStore } from '../../data/hooks';
import { useWorkInFlight } from '../../components/unsaved';
import { asStoreError, type StoreError } from '../../data/store-client';
import { MountedModal } from '../../components/MountedModal';

/** The store takes at most this many cases per call (MAX_ASSIGN); a larger selection goes in turns. */
const CHUNK = 500;

/**
 * 分配负责人: hands the selected cases to one colleague, then says how many
 * changed hands and which did not, and why (finished, archived, already theirs).
 */
export function AssignDialog({
  caseIds,
  options,
  onClose,
}: {
  caseIds: readonly string[];
  options: TrackingOptions | undefined;
  onClose(assigned: boolean): void;
}) {
  const { t } = useTranslation();
  const store = useStore();
  const holdWork = useWorkInFlight();
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [result, setResult] = useState<AssignResult | null>(null);
  const [failure, setFailure] = useState<StoreError | null>(null);
  const [busy, setBusy] = useState(false);
  // Only those who can carry a case out: the filter's owners include former ones and other roles.
  const owners = options?.assignees ?? [];
  const ownerName = owners.find((owner) => owner.id === ownerId)?.name ?? '';

  async function assign() {
    setFailure(null);
    setBusy(true);
    const total: AssignResult = { assigned: [], skipped: [] };
    // A large selection goes in turns: reloading, closing or signing out asks first rather than stop halfway.
    const release = holdWork();
    try {
      for (let at = 0; at < caseIds.length; at += CHUNK) {
        const part = await store.send('cases.assign', { caseIds: caseIds.slice(at, at + CHUNK), ownerId: ownerId ?? '' });
        total.assigned.push(...part.assigned);
        total.skipped.push(...part.skipped);
      }
      setResult(total);
    } catch (error) {
      // Chunks already done stay done: show them with the refusal.
      if (total.assigned.length > 0 || total.skipped.length > 0) setResult(total);
      setFailure(asStoreError(error));
    } finally {
      release();
      setBusy(false);
    }
  }

  const ownerError = failure?.data.fields?.find((field) => field.field === 'ownerId');
  const title = t('tracking.assign.title', { count: caseIds.length });

  return (
    <MountedModal onClose={() => onClose(result !== null)} title={title}>
      <Stack>
        {failure && !ownerError && <ErrorAlert error={failure} />}
        {result ? (
          <Stack gap="xs" role="status">
            <Alert color={result.assigned.length > 0 ? 'teal' : 'gray'} variant="light">
              {t('tracking.assign.assigned', { count: result.assigned.length, name: ownerName })}
            </Alert>
            {result.skipped.length > 0 && (
              <>
                <Text size="sm">{t('tracking.assign.skipped', { count: result.skipped.length })}</Text>
                <List size="sm" spacing={2} mah={240} style={{ overflow: 'auto' }}>
                  {result.skipped.map((skip) => (
                    <List.Item key={skip.id}>
                      {t('tracking.assign.skippedCase', { no: skip.no || skip.id, reason: t(`tracking.assign.reasons.${skip.reason}`) })}
                    </List.Item>
                  ))}
                </List>
              </>
            )}
            <Group justify="flex-end">
              <Button onClick={() => onClose(true)}>{t('tracking.assign.close')}</Button>
            </Group>
          </Stack>
        ) : (
          <form
            noValidate
            aria-label={title}
            onSubmit={(event) => {
              event.preventDefault();
              void assign();
            }}
          >
            <Stack>
              <Select
                label={t('tracking.assign.owner')}
                withAsterisk
                searchable
                data={owners.map((owner) => ({ value: owner.id, label: owner.name }))}
                value={ownerId}
                onChange={setOwnerId}
                error={ownerError ? <FieldErrorText error={ownerError} /> : undefined}
                comboboxProps={{ withinPortal: true }}
              />
              <Group justify="flex-end">
                <Button variant="default" onClick={() => onClose(false)} disabled={busy}>
                  {t('admin.actions.cancel')}
                </Button>
                <Button type="submit" loading={busy}>
                  {t('tracking.assign.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </MountedModal>
  );
}
