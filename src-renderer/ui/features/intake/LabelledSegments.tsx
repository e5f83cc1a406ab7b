import { Input, SegmentedControl, Stack } from '@mantine/core';
import { useId } from 'react';

/** A segmented choice with a visible label that is also its accessible name (a radiogroup). */
export function LabelledSegments<V extends string>({
  label,
  data,
  value,
  onChange,
}: {
  label: string;
  data: Array<{ value: V; label: string }>;
  value: V;
  onChange(value: V): void;
}) {
  const id = useId();
  return (
    <Stack gap={4}>
      <Input.Label id={id} labelElement="div">
        {label}
      </Input.Label>
      <SegmentedControl aria-labelledby={id} data={data} value={value} onChange={(next) => onChange(next as V)} />
    </Stack>
  );
}
