import { Table, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Drill } from '../../../domain/dashboard/drill';
import { useDrill } from './useDrill';

/**
 * A number of the dashboard that opens the tracking table on the cases it
 * counts. Its name says what it opens and how many, for screen readers and tests.
 */
export function DrillButton({ drill, what, count, children }: { drill: Drill; what: string; count: number; children: ReactNode }) {
  const { t } = useTranslation();
  const open = useDrill();
  return (
    <UnstyledButton
      onClick={() => open(drill)}
      aria-label={t('dashboard.drill', { what, count })}
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
