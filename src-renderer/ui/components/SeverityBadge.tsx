import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Severity } from '../../domain/cases/vocabulary';
import { SEVERITY_COLOR } from '../theme';

export function SeverityBadge({ severity }: { severity: Severity }) {
  const { t } = useTranslation();
  return (
    <Badge color={SEVERITY_COLOR[severity]} variant={severity === 'general' ? 'light' : 'filled'}>
      {t(`severity.${severity}`)}
    </Badge>
  );
}
