import { Paper, Skeleton, Text } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import type { Drill } from '../../../domain/dashboard/drill';
import { DrillButton } from './DrillButton';

export interface KpiCardProps {
  label: string;
  /** The figure as shown; null while loading. */
  value: string | null;
  /** The cases the figure counts (a rate: the clocks or cases it is a share of), with how many. */
  drill?: { drill: Drill; count: number };
  note?: ReactNode;
}

/** A figure too long for a narrow card (17小时55分钟) breaks into even lines, between its units, not before its last character. */
const BALANCED = { textWrap: 'balance' } as const;

/** One headline figure; its number opens the cases behind it. */
export function KpiCard({ label, value, drill, note }: KpiCardProps) {
  const labelId = useId();
  return (
    <Paper withBorder p="sm" role="group" aria-labelledby={labelId}>
      <Text size="sm" c="dimmed" id={labelId}>
        {label}
      </Text>
      {value === null ? (
        <Skeleton h={32} mt={4} w="60%" />
      ) : (
        <Text fz={26} fw={700} lh={1.3} style={BALANCED} data-testid="kpi-value">
          {drill && drill.count > 0 ? (
            <DrillButton drill={drill.drill} what={label} count={drill.count}>
              {value}
            </DrillButton>
          ) : (
            value
          )}
        </Text>
      )}
      {value !== null && note && (
        <Text size="xs" c="dimmed">
          {note}
        </Text>
      )}
    </Paper>
  );
}
