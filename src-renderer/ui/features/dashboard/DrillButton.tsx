import { Table, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Drill } from '../../../domain/dashboard/drill';
import { useDrill } from './useDrill';

/**
 * How a drill's count is said. Figures of handlings and surveys count each (a case handled or
 * surveyed twice in the period counts twice) while the table lists the case once: said as cases
 * (宗), 8 against a list of 7 would look like a case gone missing.
 */
function drillCountKey(drill: Drill): string {
  if (drill.kind === 'clock' && drill.clock === 'resolution') return 'dashboard.drillHandlings';
  if (drill.kind === 'callbacks') return 'dashboard.drillHandlings';
  if (drill.kind === 'surveyed') return 'dashboard.drillSurveys';
  return 'dashboard.drill';
}

/**
 * A number of the dashboard that opens the tracking table on the cases it
 * counts. Its name says what it opens and how many, for screen readers and tests,
 * and ends with the figure shown when that is not the count (85.7%, 2天): voice
 * control finds a button by what it shows.
 */
export function DrillButton({ drill, what, count, children }: { drill: Drill; what: string; count: number; children: string }) {
  const { t } = useTranslation();
  const open = useDrill();
  const name = t(drillCountKey(drill), { what, count });
  return (
    <UnstyledButton
      onClick={() => open(drill)}
      aria-label={name.includes(children) ? name : t('dashboard.drillShowing', { name, shown: children })}
      data-count={count}
      c="var(--mantine-primary-color-filled)"
      td="underline dotted"
      style={{ font: 'inherit', textUnderlineOffset: 3 }}
    >
      {children}
    </UnstyledButton>
  );
}

/** A numeric table cell: a drill when it counts any case, plain text otherwise. */
export function DrillCell({ drill, what, count, text }: { drill: Drill | null | undefined; what: string; count: number; text: string }) {
  return (
    <Table.Td ta="right">
      {drill && count > 0 ? (
        <DrillButton drill={drill} what={what} count={count}>
          {text}
        </DrillButton>
      ) : (
        text
      )}
    </Table.Td>
  );
}
