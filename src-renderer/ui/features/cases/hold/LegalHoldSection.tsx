import { Alert, Button, Group, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../../domain/cases/case';
import { activeHold, holdsOf, type LegalHold } from '../../../../domain/cases/legal-hold';
import { Panel } from '../../../components/Panel';
import { useDialogFocus } from '../../../components/useDialogFocus';
import { formatDateTime } from '../../../components/format';
import { useNow } from '../../../data/hooks';
import { useAuth } from '../../auth/AuthGate';
import { Field } from '../Field';
import { byAt } from '../format';
import { PlaceHoldForm, ReleaseHoldForm } from './HoldForms';

function HoldFields({ hold }: { hold: LegalHold }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <Field label={t('legalHold.kind')}>{t(`legalHold.kinds.${hold.kind}`)}</Field>
      <Field label={t('legalHold.reference')}>{hold.reference || t('case.none')}</Field>
      <Field label={t('legalHold.reason')}>{hold.reason}</Field>
      <Field label={t('legalHold.until')}>{hold.until === null ? t('legalHold.untilUnknown') : formatDateTime(hold.until)}</Field>
      <Field label={t('legalHold.placedBy')}>{byAt(hold.placedBy, hold.placedAt)}</Field>
      <Field label={t('legalHold.releasedBy')}>{hold.released ? byAt(hold.released.by, hold.released.at) : t('legalHold.standing')}</Field>
      {hold.released && <Field label={t('legalHold.releaseNote')}>{hold.released.note}</Field>}
    </SimpleGrid>
  );
}

/**
 * 法律保留: the hold in force (with a reminder once its expected end has passed) and those
 * released before, and the buttons to place or release one for the roles that may. Shown when
 * the case has a hold or the user may place one; works on an archived case too.
 */
export function LegalHoldSection({ record }: { record: CaseRecord }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const now = useNow();
  const [open, setOpen] = useState<'place' | 'release' | null>(null);
  // Placing a hold swaps 设置法律保留 for 解除法律保留: focus must not fall to the top of the page.
  const focus = useDialogFocus(record.updatedAt);
  const holds = holdsOf(record);
  const current = activeHold(record);
  const mayPlace = !current && record.anonymisedAt === undefined && can('cases.placeHold');
  const mayRelease = current !== null && can('cases.releaseHold');
  if (holds.length === 0 && !mayPlace) return null;
  const past = holds.filter((hold) => hold !== current);
  const done = (message?: string) => {
    focus.saved();
    setOpen(null);
    if (message) notifications.show({ color: 'teal', message });
  };
  return (
    <Panel dense title={t('legalHold.title')}>
      <Stack gap="sm">
        {current ? <HoldFields hold={current} /> : <Text size="sm">{t('legalHold.none')}</Text>}
        {current && current.until !== null && current.until < now && (
          <Alert color="orange" variant="light" role="note">
            {t('legalHold.untilPassed')}
          </Alert>
        )}
        {past.length > 0 && (
          <Stack gap="xs">
            <Text size="sm" fw={500}>
              {t('flow.field.legalHolds')}
            </Text>
            {past.map((hold) => (
              <HoldFields key={hold.placedAt} hold={hold} />
            ))}
          </Stack>
        )}
        {(mayPlace || mayRelease) && (
          <Group gap="xs">
            {mayPlace && (
              <Button size="sm" variant="light" color="grape" onClick={(event) => {
                  focus.opening(event);
                  setOpen('place');
                }}>
                {t('legalHold.place')}
              </Button>
            )}
            {mayRelease && (
              <Button size="sm" variant="light" color="red" onClick={(event) => {
                  focus.opening(event);
                  setOpen('release');
                }}>
                {t('legalHold.release')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
      <Modal opened={open !== null} onClose={() => setOpen(null)} title={open === 'release' ? t('legalHold.release') : t('legalHold.place')}
        closeOnClickOutside={false}
        returnFocus={focus.returnFocus}
      >
        {open === 'place' && <PlaceHoldForm record={record} onDone={done} onCancel={() => setOpen(null)} />}
        {open === 'release' && <ReleaseHoldForm record={record} onDone={done} onCancel={() => setOpen(null)} />}
      </Modal>
    </Panel>
  );
}
