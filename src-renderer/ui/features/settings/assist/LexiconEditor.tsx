import { Button, Fieldset, Group, Input, NativeSelect, Pagination, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { KIND_SEVERITY, LEXICON_KINDS, LEXICON_MAX, type LexiconEntry, type LexiconKind } from '../../../../domain/assist/lexicon';
import { termKey } from '../../../../domain/assist/match';
import { SEVERITIES } from '../../../../domain/cases/vocabulary';
import type { KeyedValues } from '../useSettingsForm';
import { LexiconRow } from './LexiconRow';
import { NewDefaults, RestoreDefaults, RetiredDefaults } from './RestoreDefaults';

type AssistForm = UseFormReturnType<KeyedValues<'assist'>>;

const LIST = 'assist.lexicon';
const ROW_ERROR = /^assist\.lexicon\.(\d+)\.(term|kind|severity)$/;
const ALL = '';
/** Rows per page: a 500-entry list stays quick to render and to read. */
export const PAGE_SIZE = 20;

/** 情绪与升级词库: the phrases in a table, edited in place, filtered by text and kind; rows the store refused always show. */
export function LexiconEditor({ form }: { form: AssistForm }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [kind, setKind] = useState<LexiconKind | typeof ALL>(ALL);
  const [focusIndex, setFocusIndex] = useState(-1);
  const [page, setPage] = useState(1);
  const [seenErrors, setSeenErrors] = useState(form.errors);
  const list = form.values.assist.lexicon;

  // The rows get stable callbacks that reach the current form, so a keystroke re-renders one row, not all.
  const latest = useRef(form);
  useLayoutEffect(() => {
    latest.current = form;
  });
  // Rows edited since the filter was set stay shown: a row found by 网上曝光 must not vanish at the first Backspace.
  const [pinned, setPinned] = useState<ReadonlySet<number>>(() => new Set());
  const change = useCallback((index: number, field: keyof LexiconEntry, value: string) => {
    setPinned((rows) => (rows.has(index) ? rows : new Set(rows).add(index)));
    const current = latest.current;
    const before = current.getValues().assist.lexicon[index];
    current.setFieldValue(`${LIST}.${index}.${field}`, value);
    // A severity the admin left at the old kind's default follows the new kind's (告你们 as 法律途径: 重大, not 一般); one they chose stays.
    if (field === 'kind' && before && before.severity === KIND_SEVERITY[before.kind] && isKind(value)) {
      current.setFieldValue(`${LIST}.${index}.severity`, KIND_SEVERITY[value]);
    }
  }, []);
  const remove = useCallback((index: number) => {
    // The rows after it move up one: the pins move with them.
    setPinned((rows) => new Set([...rows].filter((row) => row !== index).map((row) => (row > index ? row - 1 : row))));
    latest.current.removeListItem(LIST, index);
  }, []);

  const kindOptions = useMemo(() => LEXICON_KINDS.map((value) => ({ value, label: t(`lexicon.kinds.${value}`) })), [t]);
  const severityOptions = useMemo(() => SEVERITIES.map((value) => ({ value, label: t(`severity.${value}`) })), [t]);

  const rowErrors = new Map<number, Record<string, ReactNode>>();
  for (const [path, error] of Object.entries(form.errors)) {
    const match = ROW_ERROR.exec(path);
    if (match) rowErrors.set(Number(match[1]), { ...rowErrors.get(Number(match[1])), [match[2]!]: error });
  }
  const needle = termKey(text);
  const visible = list
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry, index }) => rowErrors.has(index) || pinned.has(index) || ((kind === ALL || entry.kind === kind) && termKey(entry.term).includes(needle)));

  // A new refusal from the store turns to the page of the first refused row (derived in render, not in an effect);
  // fixing one of several errors does not move the page.
  if (seenErrors !== form.errors) {
    setSeenErrors(form.errors);
    const first = visible.findIndex(({ index }) => rowErrors.has(index));
    if (first >= 0 && Object.keys(form.errors).some((path) => !(path in seenErrors))) turnTo(Math.floor(first / PAGE_SIZE) + 1);
  }
  const pages = Math.max(1, Math.ceil(visible.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const shown = visible.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);

  function turnTo(next: number) {
    setPage(next);
    // A row mounted by paging must not take the focus meant for a row just added.
    setFocusIndex(-1);
  }
  const filterBy = (nextText: string, nextKind: LexiconKind | typeof ALL) => {
    setText(nextText);
    setKind(nextKind);
    setPinned(new Set());
    turnTo(1);
  };
  const add = () => {
    const newKind = kind === ALL ? 'anger' : kind;
    // The new row goes last and the text filter is cleared, so it is on the last page of the kind shown.
    const before = list.filter((entry) => kind === ALL || entry.kind === kind).length;
    filterBy('', kind);
    setPage(Math.floor(before / PAGE_SIZE) + 1);
    setFocusIndex(list.length);
    form.insertListItem(LIST, { term: '', kind: newKind, severity: KIND_SEVERITY[newKind] } satisfies LexiconEntry);
  };

  // The restored entries go last: show them.
  const restore = (next: LexiconEntry[]) => {
    form.setFieldValue(LIST, next);
    filterBy('', ALL);
    turnTo(Math.floor(list.length / PAGE_SIZE) + 1);
  };

  return (
    <Fieldset legend={t('lexicon.editor.title')}>
      <Text size="sm" c="dimmed" mb="sm">
        {t('lexicon.editor.hint')}
      </Text>
      <Group align="flex-end" mb="sm">
        <TextInput label={t('lexicon.editor.filterText')} value={text} onChange={(event) => filterBy(event.currentTarget.value, kind)} />
        <NativeSelect
          label={t('lexicon.editor.filterKind')}
          data={[{ value: ALL, label: t('lexicon.editor.allKinds') }, ...kindOptions]}
          value={kind}
          onChange={(event) => filterBy(text, event.currentTarget.value as LexiconKind | typeof ALL)}
        />
        <Button variant="light" onClick={add}>
          {t('lexicon.editor.add')}
        </Button>
        <RestoreDefaults list={list} onRestore={restore} />
      </Group>
      <RetiredDefaults list={list} onRemove={(next) => form.setFieldValue(LIST, next)} />
      <NewDefaults list={list} savedEdition={form.values.assist.lexiconEdition} onAdd={restore} />
      <Text size="sm" data-testid="lexicon-count">
        {t('lexicon.editor.count', { count: list.length, max: LEXICON_MAX })}
        {visible.length !== list.length && ` · ${t('lexicon.editor.shown', { shown: visible.length })}`}
      </Text>
      {form.errors[LIST] && <Input.Error>{form.errors[LIST]}</Input.Error>}
      {visible.length > 0 ? (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing={4} aria-label={t('lexicon.editor.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={48}>#</Table.Th>
                <Table.Th>{t('lexicon.editor.term')}</Table.Th>
                <Table.Th>{t('lexicon.editor.kind')}</Table.Th>
                <Table.Th>{t('lexicon.editor.severity')}</Table.Th>
                {/* The delete buttons' column: named for screen readers, blank on screen. */}
                <Table.Th w={48}>
                  <VisuallyHidden>{t('lexicon.editor.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map(({ entry, index }) => (
                <LexiconRow
                  key={index}
                  index={index}
                  entry={entry}
                  errors={rowErrors.get(index) ?? NO_ERRORS}
                  kindOptions={kindOptions}
                  severityOptions={severityOptions}
                  autoFocus={index === focusIndex}
                  onChange={change}
                  onRemove={remove}
                />
              ))}
            </Table.Tbody>
          </Table>
          {pages > 1 && (
            <nav aria-label={t('lexicon.editor.pages')}>
              <Pagination
                mt="sm"
                size="sm"
                total={pages}
                value={current}
                onChange={turnTo}
                getControlProps={(control) => ({ 'aria-label': t(`lexicon.editor.${control}Page`) })}
                getItemProps={(item) => ({ 'aria-label': t('lexicon.editor.page', { page: item }) })}
              />
            </nav>
          )}
        </Table.ScrollContainer>
      ) : (
        <Text size="sm" c="dimmed" mt="sm">
          {list.length === 0 ? t('lexicon.editor.empty') : t('lexicon.editor.noMatch')}
        </Text>
      )}
    </Fieldset>
  );
}

const NO_ERRORS = {};

const isKind = (value: string): value is LexiconKind => (LEXICON_KINDS as readonly string[]).includes(value);
