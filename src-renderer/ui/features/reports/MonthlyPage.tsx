import { Group, Stack, Text, Title } from '@mantine/core';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { monthKey, type Month } from '../../../domain/reports/monthly';
import { may } from '../../../domain/users/roles';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useStoreQuery } from '../../data/hooks';
import { useAuth } from '../auth/AuthGate';
import { periodText } from './model/period';
import { reportSections } from './model/tables';
import { MonthPicker } from './MonthPicker';
import { NotesEditor } from './notes/NotesEditor';
import { useUnsavedChanges } from '../../components/unsaved';
import { anyUnsaved, unsavedIn, type DraftStash } from './notes/draft';
import { EditionPanel, showsLiveOfFinalised } from './edition/EditionPanel';
import { ReportActions } from './ReportActions';
import { ReportBody } from './ReportBody';

const thisMonth = (): Month => ({ year: dayjs().year(), month: dayjs().month() + 1 });

/**
 * 月度投诉分析报告: a month's figures against the month before, its 重大 complaints, improvements,
 * hot-spots and the manager's notes; once finalised, its final edition (or, asked for, the current data).
 */
export function MonthlyPage() {
  const { t } = useTranslation();
  const { actor } = useAuth();
  const [month, setMonth] = useState<Month>(thisMonth);
  const key = monthKey(month);
  // The month whose current data are shown instead of its final edition (查看当前数据); another month shows its edition.
  const [liveMonth, setLiveMonth] = useState<string | null>(null);
  const live = liveMonth === key;
  const { data, error } = useStoreQuery('reports.monthly', live ? { ...month, live: true } : month, live ? `${key}:live` : key);
  const [stash] = useState<DraftStash>(() => new Map());
  // Every month's draft, the one on screen too (also while its editor is not shown: the report reloading).
  useUnsavedChanges(() => anyUnsaved(stash));
  const sections = useMemo(() => (data ? reportSections(t, data) : []), [t, data]);

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t('reports.title')}</Title>
        <Group align="flex-end">
          <MonthPicker value={month} onChange={setMonth} />
          <ReportActions report={data} finalOnly={data !== undefined && showsLiveOfFinalised(data)} />
        </Group>
      </Group>
      <ErrorAlert error={error} />
      {data && (
        <>
          <Group gap="lg">
            <Text fw={600} data-testid="month-total">
              {t('reports.total', { count: data.figures.received.total })}
            </Text>
            <Text c="dimmed" data-testid="report-period">
              {periodText(t, data)}
            </Text>
          </Group>
          <EditionPanel report={data} onShowLive={(shown) => setLiveMonth(shown ? key : null)} notesUnsaved={() => unsavedIn(stash, key)} />
          {data.figures.received.total === 0 && <Text c="dimmed">{t('reports.empty')}</Text>}
          <ReportBody sections={sections} />
          {/* Keyed by month: each month's notes start from what was saved for it (or its unsaved draft). */}
          <NotesEditor
            key={key}
            report={data}
            editable={may(actor.role, 'reports.saveNotes') && data.edition.finalised === null}
            locked={data.edition.finalised !== null}
            stash={stash}
          />
        </>
      )}
    </Stack>
  );
}
