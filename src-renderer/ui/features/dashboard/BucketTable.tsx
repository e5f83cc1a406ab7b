import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Drill } from '../../../domain/dashboard/drill';
import { DrillCell } from './DrillButton';

export interface BucketColumn {
  key: string;
  label: string;
  /** The number of a bucket, with the drill for it (null: a figure with no cases behind it to open, like a rate). */
  cell(bucket: number): { text: string; count: number; drill: Drill | null };
}

/** The numbers of a chart over time, one row per bucket, for keyboards, screen readers and exact reading. */
export function BucketTable({ caption, buckets, columns }: { caption: string; buckets: string[]; columns: BucketColumn[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={columns.length * 90 + 120} maxHeight={320}>
      <Table aria-label={caption} striped highlightOnHover stickyHeader fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('dashboard.table.bucket')}</Table.Th>
            {columns.map((column) => (
              <Table.Th key={column.key} ta="right">
                {column.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {buckets.map((bucketLabel, bucket) => (
            <Table.Tr key={bucket}>
              <Table.Th scope="row" fw={400}>
                {bucketLabel}
              </Table.Th>
              {columns.map((column) => {
                const { text, count, drill } = column.cell(bucket);
                return <DrillCell key={column.key} drill={drill} what={`${column.label} · ${bucketLabel}`} count={count} text={text} />;
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
