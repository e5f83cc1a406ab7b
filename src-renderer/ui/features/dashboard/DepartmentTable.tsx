import { Center, Paper, Skeleton, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Drill } from '../../../domain/dashboard/drill';
import type { DepartmentFigures } from '../../../domain/dashboard/figures';
import { DEPARTMENT_COLUMNS, nextSort, sortDepartments, type DepartmentColumn, type DepartmentSort } from './departmentSort';
import { DrillCell } from './DrillButton';
import type { CardProps } from './types';

interface Cell {
  text: string;
  drill?: { drill: Drill; count: number };
}

/** 部门对比 for appraisal: volume, on-time rates, handling time, satisfaction, reopens and overdue per department, sortable by every column. */
export function DepartmentTable({ figures, format }: Omit<CardProps, 'bucketLabels'>) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const [sort, setSort] = useState<DepartmentSort>({ column: 'received', dir: 'desc' });
  const rows = useMemo(
    () => sortDepartments(figures?.byDepartment ?? [], sort, new Intl.Collator(i18n.language)),
    [figures, sort, i18n.language],
  );
  const name = (department: string) => (department === '' ? t('dashboard.period.noDepartment') : department);
  const header = (column: DepartmentColumn) => t(`dashboard.departments.${column}`);

  function cell(row: DepartmentFigures, column: DepartmentColumn): Cell {
    const department = row.department;
    switch (column) {
      case 'department':
        return { text: name(department) };
      case 'received':
        return { text: format.count(row.received), drill: { drill: { kind: 'received', department }, count: row.received } };
      case 'responseRate':
        return { text: format.percent(row.response.rate), drill: { drill: { kind: 'clock', clock: 'response', department }, count: row.response.met + row.response.missed } };
      case 'resolutionRate':
        return { text: format.percent(row.resolution.rate), drill: { drill: { kind: 'clock', clock: 'resolution', department }, count: row.resolution.met + row.resolution.missed } };
      case 'meanResolution':
        return { text: format.duration(row.resolution.meanMs), drill: { drill: { kind: 'clock', clock: 'resolution', department }, count: row.resolution.met + row.resolution.missed } };
      case 'satisfaction':
        return { text: format.score(row.satisfaction), drill: { drill: { kind: 'surveyed', department }, count: row.surveys } };
      case 'reopenRate':
        return { text: format.percent(row.reopenRate), drill: { drill: { kind: 'reopened', department }, count: row.reopened } };
      case 'overdueNow':
        return { text: format.count(row.overdueNow), drill: { drill: { kind: 'overdue', department }, count: row.overdueNow } };
    }
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Title order={3} size="h5" id={titleId}>
          {t('dashboard.departments.title')}
        </Title>
        {!figures ? (
          <Skeleton h={160} aria-label={t('dashboard.loading')} />
        ) : rows.length === 0 ? (
          <Center h={100}>
            <Text c="dimmed">{t('dashboard.cardEmpty')}</Text>
          </Center>
        ) : (
          <Table.ScrollContainer minWidth={900}>
            <Table aria-labelledby={titleId} striped highlightOnHover fz="sm">
              <Table.Thead>
                <Table.Tr>
                  {DEPARTMENT_COLUMNS.map((column) => (
                    <Table.Th
                      key={column}
                      ta={column === 'department' ? 'left' : 'right'}
                      aria-sort={sort.column === column ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
                    >
                      <UnstyledButton
                        fw={600}
                        fz="sm"
                        onClick={() => setSort((current) => nextSort(current, column))}
                        aria-label={t('dashboard.departments.sortBy', { column: header(column) })}
                      >
                        {header(column)}
                        {sort.column === column ? (sort.dir === 'asc' ? ' ↑' : ' ↓') : ''}
                      </UnstyledButton>
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.department}>
                    {DEPARTMENT_COLUMNS.map((column) => {
                      const { text, drill } = cell(row, column);
                      if (column === 'department') {
                        return (
                          <Table.Th key={column} scope="row" fw={500}>
                            {text}
                          </Table.Th>
                        );
                      }
                      return (
                        <DrillCell
                          key={column}
                          drill={drill?.drill}
                          what={`${name(row.department)} · ${header(column)}`}
                          count={drill?.count ?? 0}
                          text={text}
                        />
                      );
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
