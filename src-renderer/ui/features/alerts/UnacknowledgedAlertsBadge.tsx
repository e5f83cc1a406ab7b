import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUnacknowledgedAlertCount } from './useUnacknowledgedAlertCount';

/** Give the 提醒 navigation entry `aria-describedby={UNACKNOWLEDGED_ALERTS_ID}`: the count is heard as its description. */
export const UNACKNOWLEDGED_ALERTS_ID = 'unacknowledged-alerts';

/**
 * The number of the user's overdue alerts waiting for 确认, for the 提醒 entry of the navigation
 * (its `rightSection`); nothing when there are none. The number is seen; the sentence is the
 * entry's description, so the entry keeps its name (提醒记录) whatever the count.
 */
export function UnacknowledgedAlertsBadge() {
  const { t } = useTranslation();
  const count = useUnacknowledgedAlertCount();
  if (!count) return null;
  return (
    <>
      <Badge color="red" size="sm" circle={count < 10} aria-hidden>
        {count > 99 ? '99+' : count}
      </Badge>
      <span id={UNACKNOWLEDGED_ALERTS_ID} hidden>
        {t('alerts.unacknowledgedCount', { count })}
      </span>
    </>
  );
}
