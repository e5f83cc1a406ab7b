import { ActionIcon, NativeSelect, Table, TextInput, type ComboboxItem } from '@mantine/core';
import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LexiconEntry } from '../../../../domain/assist/lexicon';

export interface LexiconRowProps {
  index: number;
  entry: LexiconEntry;
  errors: { term?: ReactNode; kind?: ReactNode; severity?: ReactNode };
  kindOptions: ComboboxItem[];
  severityOptions: ComboboxItem[];
  autoFocus: boolean;
  onChange(index: number, field: keyof LexiconEntry, value: string): void;
  onRemove(index: number): void;
}

/**
 * One lexicon entry, edited in place. Memoised on plain values: the form clones
 * its values on every keystroke, and a list of 500 rows must not all re-render.
 */
export const LexiconRow = memo(function LexiconRow({
  index,
  entry,
  errors,
  kindOptions,
  severityOptions,
  autoFocus,
  onChange,
  onRemove,
}: LexiconRowProps) {
  const { t } = useTranslation();
  const n = index + 1;
  return (
    <Table.Tr data-row={index}>
      <Table.Td c="dimmed">{n}</Table.Td>
      <Table.Td>
        <TextInput
          aria-label={t('lexicon.editor.rowTerm', { n })}
          value={entry.term}
          error={errors.term}
          autoFocus={autoFocus}
          onChange={(event) => onChange(index, 'term', event.currentTarget.value)}
        />
      </Table.Td>
      <Table.Td>
        <NativeSelect
          aria-label={t('lexicon.editor.rowKind', { n })}
          data={kindOptions}
          value={entry.kind}
          error={errors.kind}
          onChange={(event) => onChange(index, 'kind', event.currentTarget.value)}
        />
      </Table.Td>
      <Table.Td>
        <NativeSelect
          aria-label={t('lexicon.editor.rowSeverity', { n })}
          data={severityOptions}
          value={entry.severity}
          error={errors.severity}
          onChange={(event) => onChange(index, 'severity', event.currentTarget.value)}
        />
      </Table.Td>
      <Table.Td>
        <ActionIcon variant="subtle" color="red" size="lg" aria-label={t('lexicon.editor.remove', { n })} onClick={() => onRemove(index)}>
          ×
        </ActionIcon>
      </Table.Td>
    </Table.Tr>
  );
}, sameRow);

/** Equal when what the row shows is equal (the entry is compared by value, the callbacks are stable). */
function sameRow(a: LexiconRowProps, b: LexiconRowProps): boolean {
  return (
    a.index === b.index &&
    a.entry.term === b.entry.term &&
    a.entry.kind === b.entry.kind &&
    a.entry.severity === b.entry.severity &&
    a.errors.term === b.errors.term &&
    a.errors.kind === b.errors.kind &&
    a.errors.severity === b.errors.severity &&
    a.kindOptions === b.kindOptions &&
    a.severityOptions === b.severityOptions &&
    a.autoFocus === b.autoFocus &&
    a.onChange === b.onChange &&
    a.onRemove === b.onRemove
  );
}
