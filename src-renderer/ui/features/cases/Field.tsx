import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A caption with its value underneath. Empty values say so in words, so a
 * blank never reads as "still loading".
 */
export function Field({ label, children }: { label: string; children?: ReactNode }) {
  const { t } = useTranslation();
  const empty = children === null || children === undefined || children === '' || children === false;
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text component="div" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} c={empty ? 'dimmed' : undefined}>
        {empty ? t('case.none') : children}
      </Text>
    </div>
  );
}
