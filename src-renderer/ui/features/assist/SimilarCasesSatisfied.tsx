import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** 满意 / 不满意 as the customer answered at the feedback call, or 未回访 when nobody asked. */
export function SimilarCasesSatisfied({ satisfied }: { satisfied: boolean | null }) {
  const { t } = useTranslation();
  if (satisfied === null) {
    return (
      <Badge color="gray" variant="light">
        {t('similar.noFeedback')}
      </Badge>
    );
  }
  return (
    <Badge color={satisfied ? 'teal' : 'red'} variant="light">
      {satisfied ? t('similar.satisfied') : t('similar.unsatisfied')}
    </Badge>
  );
}
