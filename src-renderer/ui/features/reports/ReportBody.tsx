import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReportSection, ReportTable } from './model/tables';
import { ReportTableView } from './ReportTableView';

/** Tables shown side by side on a wide screen: the short distributions. */
const PAIRED = new Set(['byChannel', 'bySeverity', 'onTime', 'satisfaction']);

/** Sections one to nine of the report on screen, each in its own panel. */
export function ReportBody({ sections }: { sections: ReportSection[] }) {
  return sections.map((section) => {
    const paired = section.tables.filter((table) => PAIRED.has(table.id));
    const single = section.tables.filter((table) => !PAIRED.has(table.id));
    return (
      <Paper key={section.id} withBorder p="lg" component="section" aria-labelledby={`report-${section.id}`}>
        <Stack gap="sm">
          <Title order={3} id={`report-${section.id}`}>
            {section.title}
          </Title>
          {section.summary && <Text>{section.summary}</Text>}
          {paired.length > 0 && (
            <SimpleGrid cols={{ base: 1, md: paired.length > 1 ? 2 : 1 }}>
              {paired.map((table) => (
                <Stack key={table.id} gap={4}>
                  {section.tables.length > 1 && <Title order={4}>{table.title}</Title>}
                  <ReportTableView table={table} />
                  <TableNote table={table} />
                </Stack>
              ))}
            </SimpleGrid>
          )}
          {single.map((table) => (
            <Stack key={table.id} gap={4}>
              {section.tables.length > 1 && <Title order={4}>{table.title}</Title>}
              <ReportTableView table={table} />
              <TableNote table={table} />
            </Stack>
          ))}
        </Stack>
      </Paper>
    );
  });
}

/** How a table's figures are counted, under it. */
function TableNote({ table }: { table: ReportTable }) {
  if (!table.note) return null;
  return (
    <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
      {table.note}
    </Text>
  );
}
