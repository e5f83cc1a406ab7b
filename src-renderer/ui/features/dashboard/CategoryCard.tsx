import { DonutChart } from '@mantine/charts';
import { Group, Progress, ScrollArea, Select, SimpleGrid, Stack, Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Category } from '../../../domain/cases/vocabulary';
import { ChartCard } from './ChartCard';
import { ChartFigure } from './ChartFigure';
import { CATEGORY_COLOR } from './colors';
import { DrillButton } from './DrillButton';
import { SeriesLegend } from './SeriesLegend';
import type { CardProps } from './types';
import { useDrill } from './useDrill';

const NONE = 'none';
const keyOf = (category: Category | null) => category ?? NONE;

/** 投诉类别分布: a slice per category, and the sub-categories of the one chosen; every slice and number opens its cases. */
export function CategoryCard({ figures, format }: Omit<CardProps, 'bucketLabels'>) {
  const { t } = useTranslation();
  const open = useDrill();
  const categories = figures?.categories ?? [];
  const label = (category: Category | null) => (category === null ? t('dashboard.categories.none') : t(`category.${category}`));
  const graded = categories.filter((group) => group.category !== null);
  const [chosen, setChosen] = useState<string | null>(null);
  // The largest category until the user picks another (or the one picked is gone from this period).
  const shown = graded.find((group) => group.category === chosen) ?? graded[0];
  const total = shown?.count ?? 0;
  return (
    <ChartCard title={t('dashboard.categories.title')} loading={!figures} empty={categories.length === 0} height={300}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Stack gap="xs" align="center">
          <ChartFigure label={t('dashboard.chartName.categories')}>
            <DonutChart
              size={180}
              thickness={28}
              tooltipDataSource="segment"
              valueFormatter={format.count}
              data={categories.map((group) => ({ name: keyOf(group.category), value: group.count, color: CATEGORY_COLOR[keyOf(group.category)] }))}
              tooltipProps={{ formatter: (value, name) => [format.count(Number(value)), label(name === NONE ? null : (name as Category))] }}
              accessibilityLayer={false}
              // Recharts makes the pie itself a tab stop; hidden inside the image, it must not be one.
              pieProps={{ rootTabIndex: -1 }}
              cellProps={(cell) => ({
                cursor: 'pointer',
                onClick: () => open({ kind: 'category', category: cell.name === NONE ? null : (cell.name as Category) }),
              })}
            />
          </ChartFigure>
          <SeriesLegend
            items={categories.map((group) => ({
              key: keyOf(group.category),
              label: label(group.category),
              color: CATEGORY_COLOR[keyOf(group.category)],
              count: group.count,
              text: format.count(group.count),
              drill: { kind: 'category', category: group.category },
            }))}
          />
        </Stack>
        {shown && shown.category !== null && (
          <Stack gap="xs">
            <Group gap="xs" align="flex-end">
              <Select
                size="xs"
                label={t('dashboard.categories.chooseCategory')}
                data={graded.map((group) => ({ value: keyOf(group.category), label: label(group.category) }))}
                value={keyOf(shown.category)}
                onChange={(value) => setChosen(value)}
                w={200}
              />
            </Group>
            <ScrollArea.Autosize mah={240}>
              <Table aria-label={t('dashboard.categories.subTitle')} fz="sm" verticalSpacing={4}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('dashboard.categories.subTitle')}</Table.Th>
                    <Table.Th ta="right">{t('dashboard.table.count')}</Table.Th>
                    <Table.Th w="35%" />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.subCategories.map((sub) => {
                    const name = sub.subCategory === '' ? t('dashboard.categories.noSub') : sub.subCategory;
                    const category = shown.category!;
                    return (
                      <Table.Tr key={sub.subCategory}>
                        <Table.Td>{name}</Table.Td>
                        <Table.Td ta="right">
                          <DrillButton drill={{ kind: 'category', category, subCategory: sub.subCategory }} what={`${label(category)} · ${name}`} count={sub.count}>
                            {format.count(sub.count)}
                          </DrillButton>
                        </Table.Td>
                        <Table.Td>
                          <Progress value={total === 0 ? 0 : (sub.count / total) * 100} color={CATEGORY_COLOR[category]} aria-hidden />
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
          </Stack>
        )}
      </SimpleGrid>
    </ChartCard>
  );
}
