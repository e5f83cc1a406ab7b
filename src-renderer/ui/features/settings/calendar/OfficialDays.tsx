import { Accordion, Alert, Badge, Button, Group, Stack, Text } from '@mantine/core';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useNow, useStoreQuery } from '../../../data/hooks';
import { byYear, spans } from './days';
import { Panel } from '../../../components/Panel';

const spanText = (span: { from: string; to: string }) =>
  span.from === span.to ? span.from.slice(5) : `${span.from.slice(5)} – ${span.to.slice(5)}`;

/** Years before this one shown without asking; older schedules are history. */
const RECENT_YEARS = 2;

/** The official holidays and adjusted working days this build carries, by year, for reference. */
export function OfficialDays() {
  const { t } = useTranslation();
  const official = useStoreQuery('settings.official', {}, 'official');
  const thisYear = dayjs(useNow(3_600_000)).year();
  const [showEarlier, setShowEarlier] = useState(false);
  if (official.error) return <ErrorAlert error={official.error} />;
  if (!official.data) return null;

  const holidays = new Map(byYear(official.data.holidays).map((y) => [y.year, y.days]));
  const workdays = new Map(byYear(official.data.workdays).map((y) => [y.year, y.days]));
  const allYears = [...new Set([...holidays.keys(), ...workdays.keys()])].sort((a, b) => b - a);
  const years = showEarlier ? allYears : allYears.filter((year) => year >= thisYear - RECENT_YEARS);
  const earlier = allYears.length - years.length;
  const nextYear = thisYear + 1;
  const opened = years.filter((year) => year >= thisYear).map(String);

  return (
    <Panel title={t('admin.calendar.officialTitle')} hint={t('admin.calendar.officialHint')}>
      {allYears.includes(nextYear) ? (
        <Text size="sm">{t('admin.calendar.nextYearNote')}</Text>
      ) : (
        <Alert color="yellow" variant="light" data-testid="next-year-missing">
          {t('admin.calendar.nextYearMissing', { year: nextYear })}
        </Alert>
      )}
      <Accordion multiple defaultValue={opened} variant="separated">
        {years.map((year) => {
          const off = holidays.get(year) ?? [];
          const on = workdays.get(year) ?? [];
          return (
            <Accordion.Item key={year} value={String(year)}>
              <Accordion.Control>
                <Group gap="sm">
                  <Text fw={500}>{t('admin.calendar.year', { year })}</Text>
                  <Text size="sm" c="dimmed">
                    {t('admin.calendar.holidays', { count: off.length })} · {t('admin.calendar.workdays', { count: on.length })}
                  </Text>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Stack gap="xs">
                  <Group gap={6}>
                    <Text size="sm" w={96}>
                      {t('admin.calendar.holidaysLabel')}
                    </Text>
                    {spans(off).map((span) => (
                      <Badge key={span.from} variant="light" color="red" size="lg" tt="none" fw={400}>
                        {spanText(span)}
                      </Badge>
                    ))}
                  </Group>
                  <Group gap={6}>
                    <Text size="sm" w={96}>
                      {t('admin.calendar.workdaysLabel')}
                    </Text>
                    {on.map((day) => (
                      <Badge key={day} variant="light" color="blue" size="lg" tt="none" fw={400}>
                        {dayjs(day).format('MM-DD ddd')}
                      </Badge>
                    ))}
                  </Group>
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
      {earlier > 0 && (
        <Group>
          <Button variant="subtle" onClick={() => setShowEarlier(true)}>
            {t('admin.calendar.earlier', { count: earlier })}
          </Button>
        </Group>
      )}
    </Panel>
  );
}
