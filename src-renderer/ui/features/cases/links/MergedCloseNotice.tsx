import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../../domain/cases/case';
import { mergedCasesOf } from '../../../../domain/cases/links';
import { useStoreQuery } from '../../../data/hooks';

/** Asks the store which merged customers still wait: only whether they are this case's own customer needs their contacts. */
function Waiting({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const links = useStoreQuery('cases.links', { caseId }, caseId).data;
  const waiting = links?.waiting ?? [];
  if (waiting.length === 0) return null;
  return (
    <Alert color="orange" variant="light" role="alert">
      {t('links.feedbackWarning', { nos: waiting.join(t('flow.listSeparator')) })}
    </Alert>
  );
}

/**
 * In the feedback dialog: the customers of merged duplicates not yet told the result. A satisfied
 * answer would be refused until they are (feedback.informMerged), so the dialog says it first.
 */
export function MergedCloseNotice({ record }: { record: CaseRecord }) {
  if (mergedCasesOf(record).length === 0) return null;
  return <Waiting caseId={record.id} />;
}
