import { Button, CloseButton, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MAX_SEARCH_LENGTH, SORT_KEYS, type SortKey, type TrackingSort } from '../../../domain/tracking/query';

/**
 * The search box: case number, customer, phone, e-mail, order number and
 * complaint text — contacts only for those who may see them (`contacts`), and it
 * says so. Esc (or ↓) hands the keyboard to the table.
 */
export function SearchBox({ value, contacts, onChange, onLeave }: { value: string; contacts: boolean; onChange(text: string): void; onLeave(): void }) {
  const { t } = useTranslation();
  return (
    <TextInput
      type="search"
      aria-label={t('tracking.search.label')}
      placeholder={t(contacts ? 'tracking.search.placeholder' : 'tracking.search.placeholderNoContacts')}
      value={value}
      maxLength={MAX_SEARCH_LENGTH}
      onChange={(event) => onChange(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === 'Escape' || event.key === 'ArrowDown') {
          event.preventDefault();
          onLeave();
        }
      }}
      rightSection={value ? <CloseButton size="sm" aria-label={t('tracking.search.clear')} onClick={() => onChange('')} /> : null}
      style={{ flex: '1 1 280px', maxWidth: 520 }}
    />
  );
}

/** Sort by any date, severity, status, due time or satisfaction, including keys without a column (关闭时间). */
export function SortControl({ sort, onChange }: { sort: TrackingSort; onChange(sort: TrackingSort): void }) {
  const { t } = useTranslation();
  return (
    <>
      <Select
        aria-label={t('tracking.sort.label')}
        data={SORT_KEYS.map((key) => ({ value: key, label: t(`tracking.sort.keys.${key}`) }))}
        value={sort.key}
        onChange={(key) => key && onChange({ ...sort, key: key as SortKey })}
        w={140}
      />
      <Button
        variant="default"
        px="xs"
        title={t('tracking.sort.toggle')}
        aria-label={`${t('tracking.sort.toggle')}: ${t(`tracking.sort.${sort.dir}`)}`}
        onClick={() => onChange({ ...sort, dir: sort.dir === 'asc' ? 'desc' : 'asc' })}
      >
        <span aria-hidden="true">{sort.dir === 'asc' ? '↑' : '↓'}</span>&nbsp;{t(`tracking.sort.${sort.dir}`)}
      </Button>
    </>
  );
}
