import { Alert, Badge, Button, Group, List, Modal, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { monthKey, type MonthlyReport } from '../../../../domain/reports/monthly';
import { formatDateTime } from '../../../components/format';
import { useDialogFocus } from '../../../components/useDialogFocus';
import { useNow } from '../../../data/hooks';
import { useAuth } from '../../auth/AuthGate';
import { dataAsOf } from '../model/period';
import { changedTables, changedTableText, shownDrift } from '../model/tables';
import { FinaliseForm, ReopenForm } from './EditionForms';

/** Whether the page shows the current data of a month that has a finalised edition (not the edition). */
export const showsLiveOfFinalised = (report: MonthlyReport): boolean => report.edition.kind === 'live' && report.edition.finalised !== null;

/**
 * Which edition of the month's report is on screen: 定稿 (by whom, when; and what has changed
 * since, with 查看当前数据), the current data of a finalised month (said not to be the final
 * edition), or a report not finalised; the data's instant; 定稿 / 撤销定稿 for those who may;
 * and the edition's history.
 */
export function EditionPanel({
  report,
  onShowLive,
  notesUnsaved = () => false,
}: {
  report: MonthlyReport;
  onShowLive(live: boolean): void;
  /** Whether the month's 分析与建议 hold edits not saved yet (定稿 keeps only what was saved). */
  notesUnsaved?: () => boolean;
}) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const now = useNow();
  const [open, setOpen] = useState<'finalise' | 'reopen' | null>(null);
  const focus = useDialogFocus(`${report.edition.kind}:${report.edition.finalised?.at ?? ''}`);
  const { edition } = report;
  const { finalised } = edition;
  const isFinal = edition.kind === 'final';
  // As the figures read: a change the KPI table would not show (4.6% and 4.6%) is none.
  const drift = shownDrift(t, edition.drift);
  // And the tables that read otherwise now (by category, department, …, the 重大 lines), with their rows.
  const tables = isFinal ? changedTables(t, report) : [];
  const mayChange = can('reports.finalise');
  const ended = report.to <= now;
  const month = { year: report.year, month: report.month };
  const done = (message: string) => {
    focus.saved();
    setOpen(null);
    // A finalised month is shown as its edition, a reopened one as it is now.
    onShowLive(false);
    notifications.show({ color: 'teal', message });
  };
  const opener = (which: 'finalise' | 'reopen') => (event: MouseEvent<HTMLButtonElement>) => {
    focus.opening(event);
    setOpen(which);
  };

  return (
    <Paper withBorder p="md" component="section" aria-label={t('reports.edition.overview')} data-testid="report-edition">
      <Stack gap="xs">
        <Group justify="space-between" align="center">
          <Group gap="sm">
            {isFinal && finalised && (
              <>
                <Badge color="teal" size="lg">
                  {t('reports.edition.finalBadge')}
                </Badge>
                <Text fw={500}>{t('reports.edition.finalisedBy', { name: finalised.by.name, at: formatDateTime(finalised.at) })}</Text>
              </>
            )}
            {!isFinal && (
              <Badge color={finalised ? 'orange' : 'gray'} variant="light" size="lg">
                {t(finalised ? 'reports.edition.liveBadge' : 'reports.edition.notFinal')}
              </Badge>
            )}
            <Text c="dimmed" data-testid="report-as-of">
              {t('reports.edition.dataAsOf', { at: formatDateTime(dataAsOf(report)) })}
            </Text>
          </Group>
          <Group gap="xs">
            {isFinal && (
              <Button variant="default" onClick={() => onShowLive(true)}>
                {t('reports.edition.viewLive')}
              </Button>
            )}
            {!isFinal && finalised && <Button onClick={() => onShowLive(false)}>{t('reports.edition.viewFinal')}</Button>}
            {mayChange && !finalised && ended && <Button onClick={opener('finalise')}>{t('reports.edition.finalise')}</Button>}
            {mayChange && !finalised && !ended && (
              <Text size="sm" c="dimmed">
                {t('reports.edition.afterMonthEnd')}
              </Text>
            )}
            {mayChange && finalised && (
              <Button variant="light" color="red" onClick={opener('reopen')}>
                {t('reports.edition.reopen')}
              </Button>
            )}
          </Group>
        </Group>
        {isFinal && drift.length + tables.length > 0 && (
          <Alert color="yellow" variant="light" title={t('reports.edition.drifted')} role="note">
            {drift.length > 0 && (
              <List size="sm">
                {drift.map((item) => (
                  <List.Item key={item.id}>{t('reports.edition.driftItem', { name: t(`reports.kpi.${item.id}`), final: item.final, live: item.live })}</List.Item>
                ))}
              </List>
            )}
            {tables.length > 0 && (
              <>
                <Text size="sm" mt={drift.length > 0 ? 'xs' : 0}>
                  {t('reports.edition.tablesDrifted')}
                </Text>
                <List size="sm" data-testid="edition-table-drift">
                  {tables.map((table) => (
                    <List.Item key={table.id}>{changedTableText(t, table)}</List.Item>
                  ))}
                </List>
              </>
            )}
          </Alert>
        )}
        {!isFinal && finalised && (
          <Alert color="orange" variant="light" role="note">
            {t('reports.edition.liveNotFinal', { name: finalised.by.name, at: formatDateTime(finalised.at) })}
          </Alert>
        )}
        {edition.history.length > 0 && (
          <Stack gap={2} data-testid="edition-history">
            <Text size="sm" fw={500}>
              {t('reports.edition.history')}
            </Text>
            {edition.history.map((event) => (
              <Text size="sm" c="dimmed" key={`${event.kind}:${event.at}`}>
                {event.kind === 'finalised'
                  ? t('reports.edition.historyFinalised', { at: formatDateTime(event.at), name: event.by.name })
                  : t('reports.edition.historyReopened', { at: formatDateTime(event.at), name: event.by.name, reason: event.reason ?? '' })}
              </Text>
            ))}
          </Stack>
        )}
      </Stack>
      <Modal
        opened={open !== null}
        onClose={() => setOpen(null)}
        title={t(open === 'reopen' ? 'reports.edition.reopenTitle' : 'reports.edition.finaliseTitle', { month: monthKey(month) })}
        closeOnClickOutside={false}
        returnFocus={focus.returnFocus}
      >
        {open === 'finalise' && <FinaliseForm month={month} onDone={done} onCancel={() => setOpen(null)} unsavedNotes={notesUnsaved()} />}
        {open === 'reopen' && <ReopenForm month={month} onDone={done} onCancel={() => setOpen(null)} />}
      </Modal>
    </Paper>
  );
}
