import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../domain/cases/case';
import { Field } from '../Field';
import { byAt } from '../format';

/** Notes kept on a case, each with who and when: returns, corrections. Nothing when there are none. */
export function NoteList({ label, notes }: { label: string; notes: ReadonlyArray<{ text: string; by: Person; at: number }> }) {
  const { t } = useTranslation();
  if (notes.length === 0) return null;
  return (
    <Field label={label}>
      <List type="ordered" size="sm" spacing={2}>
        {notes.map((note) => (
          <List.Item key={note.at}>
            {note.text}
            <Text span size="xs" c="dimmed">
              {t('flow.returnedByAt', { byAt: byAt(note.by, note.at) })}
            </Text>
          </List.Item>
        ))}
      </List>
    </Field>
  );
}
