import { Badge, Button, CloseButton, Group, Input, Stack, Text } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import dayjs from 'dayjs';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A list of `YYYY-MM-DD` days: pick a date and add it; remove any. Kept sorted, no duplicates. */
export function DayList({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string[];
  onChange(days: string[]): void;
  error?: ReactNode;
}) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<string | null>(null);
  const labelId = useId();

  function add() {
    if (!picked) return;
    const day = dayjs(picked).format('YYYY-MM-DD');
    if (!value.includes(day)) onChange([...value, day].sort());
    setPicked(null);
  }

  return (
    <Stack gap={6} role="group" aria-labelledby={labelId}>
      <Text fw={500} size="sm" id={labelId}>
        {label}
      </Text>
      <Group gap="xs" align="flex-end">
        <DatePickerInput
          aria-label={`${label} · ${t('admin.calendar.pickDay')}`}
          placeholder={t('admin.calendar.pickDay')}
          value={picked}
          onChange={setPicked}
          valueFormat="YYYY-MM-DD"
          clearable
          w={180}
        />
        <Button variant="light" onClick={add} disabled={!picked}>
          {t('admin.actions.add')}
        </Button>
      </Group>
      {value.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('admin.calendar.none')}
        </Text>
      ) : (
        <Group gap={6}>
          {value.map((day) => (
            <Badge
              key={day}
              size="lg"
              variant="default"
              tt="none"
              fw={400}
              pr={4}
              rightSection={
                <CloseButton
                  size="xs"
                  aria-label={`${t('admin.actions.remove')} ${day}`}
                  onClick={() => onChange(value.filter((d) => d !== day))}
                />
              }
            >
              {dayjs(day).format('YYYY-MM-DD ddd')}
            </Badge>
          ))}
        </Group>
      )}
      {error && <Input.Error>{error}</Input.Error>}
    </Stack>
  );
}
