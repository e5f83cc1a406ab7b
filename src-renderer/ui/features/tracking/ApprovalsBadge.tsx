import { Badge } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStoreQuery } from '../../data/hooks';

/** Give the 待审批 view's button `aria-describedby={APPROVALS_WAITING_ID}` while a count shows: it is heard as its description. */
export const APPROVALS_WAITING_ID = 'approvals-waiting';

const WAITING_QUERY = { query: { filter: { awaitingMyApproval: true } }, count: 0 };

/**
 * How many cases wait for this user's approval, handed to `children` (the 待审批 view's button): a
 * director sees 92 waiting without opening the view. Rendered only for roles that approve anything.
 */
export function ApprovalsWaiting({ children }: { children(waiting: number): ReactNode }) {
  const waiting = useStoreQuery('tracking.rows', WAITING_QUERY, 'approvals-waiting').data?.total ?? 0;
  return <>{children(waiting)}</>;
}

/** The count on the button, and the sentence it stands for. */
export function ApprovalsBadge({ waiting }: { waiting: number }) {
  const { t } = useTranslation();
  return (
    <>
      <Badge color="orange" size="sm" circle={waiting < 10} aria-hidden>
        {waiting > 999 ? '999+' : waiting}
      </Badge>
      <span id={APPROVALS_WAITING_ID} hidden>
        {t('tracking.viewBar.approvalsWaiting', { count: waiting })}
      </span>
    </>
  );
}
