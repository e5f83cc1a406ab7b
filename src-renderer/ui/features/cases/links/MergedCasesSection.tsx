import { Alert, Button, Modal, SimpleGrid } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../../domain/cases/case';
import type { CaseLinks, MergedCaseView } from '../../../../store/services/cases/links-view';
import { Panel } from '../../../components/Panel';
import { useDialogFocus } from '../../../components/useDialogFocus';
import { useAuth } from '../../auth/AuthGate';
import { Field } from '../Field';
import { InformMergedForm } from './InformMergedForm';
import { informedText, informStateText, mergedByText } from './linkText';
import { LinkedCaseCard, LinkedCaseList } from './LinkedCaseCard';

/** The warning over the list while customers wait: before the result, at the callback, or after closing. */
function waitingAlert(t: ReturnType<typeof useTranslation>['t'], record: CaseRecord, count: number) {
  if (count === 0 || record.status === 'terminated' || record.status === 'redirected') return null;
  const key = record.status === 'feedback' ? 'waiting' : record.status === 'closed' ? 'waitingClosed' : 'waitingLater';
  return (
    <Alert variant="light" color={key === 'waitingLater' ? 'blue' : 'orange'} role="note">
      {t(`links.merged.${key}`, { count })}
    </Alert>
  );
}

/**
 * 并入本单的投诉: the duplicates terminated into this case — each with its customer (masked for the
 * reader's role), what it said, when and by whom it was merged, and whether its customer heard the
 * result. Whoever makes the callback records that here, once the result is known.
 */
export function MergedCasesSection({ record, merged, waiting }: { record: CaseRecord; merged: MergedCaseView[]; waiting: number }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const [open, setOpen] = useState<MergedCaseView | null>(null);
  const focus = useDialogFocus(merged);
  const mayInform = can('feedback.informMerged');
  const title = t('links.merged.title');
  return (
    <Panel dense title={title} hint={t('links.merged.hint')}>
      {waitingAlert(t, record, waiting)}
      <LinkedCaseList label={title}>
        {merged.map((m) => (
          <LinkedCaseCard
            key={m.id}
            view={m}
            actions={
              mayInform &&
              (m.mustInform || m.informed) && (
                <Button size="xs" variant={m.informed ? 'light' : 'filled'} onClick={(event) => {
                    focus.opening(event);
                    setOpen(m);
                  }}>
                  {m.informed ? t('links.merged.informAgain') : t('links.merged.inform')}
                </Button>
              )
            }
          >
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <Field label={t('links.merged.by')}>{mergedByText(t, m)}</Field>
              <Field label={t('links.merged.note')}>{m.note}</Field>
              <Field label={t('links.inform.outcome')}>{informStateText(t, m)}</Field>
            </SimpleGrid>
          </LinkedCaseCard>
        ))}
      </LinkedCaseList>
      <Modal opened={open !== null} onClose={() => setOpen(null)} title={t('links.inform.title')} closeOnClickOutside={false} returnFocus={focus.returnFocus}>
        {open && (
          <InformMergedForm
            record={record}
            merged={open}
            onDone={(message) => {
              focus.saved();
              setOpen(null);
              notifications.show({ color: 'teal', message });
            }}
            onCancel={() => setOpen(null)}
          />
        )}
      </Modal>
    </Panel>
  );
}

/** On a duplicate's page: whether the case it went into told its customer the result. */
export function MergedIntoNote({ mergedInto }: { mergedInto: NonNullable<CaseLinks['mergedInto']> }) {
  const { t } = useTranslation();
  if (mergedInto.informed) {
    return (
      <Alert variant="light" color="teal" role="note">
        {t('links.mergedInto.informed', { no: mergedInto.no, line: informedText(t, mergedInto.informed) })}
      </Alert>
    );
  }
  if (!mergedInto.mustInform) return null;
  return (
    <Alert variant="light" color="orange" role="note">
      {t('links.mergedInto.waiting', { no: mergedInto.no })}
    </Alert>
  );
}
