import { ColorSwatch, Group, Text, useMantineTheme, getThemeColor } from '@mantine/core';
import type { Drill } from '../../../domain/dashboard/drill';
import { DrillButton } from './DrillButton';

export interface LegendItem {
  key: string;
  label: string;
  color: string;
  count: number;
  text: string;
  drill: Drill | null;
}

/** The series of a chart with their totals for the period: a legend whose numbers open the cases. */
export function SeriesLegend({ items }: { items: LegendItem[] }) {
  const theme = useMantineTheme();
  return (
    <Group gap="md" wrap="wrap" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((item) => (
        <Group key={item.key} gap={6} component="li" wrap="nowrap">
          <ColorSwatch color={getThemeColor(item.color, theme)} size={12} withShadow={false} />
          <Text size="sm">{item.label}</Text>
          <Text size="sm" fw={600}>
            {item.drill && item.count > 0 ? (
              <DrillButton drill={item.drill} what={item.label} count={item.count}>
                {item.text}
              </DrillButton>
            ) : (
              item.text
            )}
          </Text>
        </Group>
      ))}
    </Group>
  );
}
