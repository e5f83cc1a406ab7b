import { Alert, Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../../domain/cases/case';
import type { SocialPlatform } from '../../../domain/cases/vocabulary';
import { formatDateTime } from '../../components/format';
import { SeverityBadge } from '../../components/SeverityBadge';
import { useStoreQuery } from '../../data/hooks';
import { ContactIndexNotice, useContactIndexProgress } from '../assist/ContactIndexNotice';

/** Long enough to wait for a pause in typing, short enough to warn before the form is finished. */
const DEBOUNCE_MS = 400;

const NOTHING_TYPED = JSON.stringify(['', '', '', '']);

interface Typed {
  phone: string;
  email: string;
  socialPlatform?: SocialPlatform | '';
  socialAccount?: string;
}

/**
 * 重复投诉: earlier cases of the customer being typed in (same phone, e-mail
 * or account) within the repeat window, shown beside the form so the agent can
 * link the new complaint to them.
 */
export function RepeatHint({ phone, email, socialPlatform = '', socialAccount = '' }: Typed) {
  // A string, not an object: a fresh object on every render would never settle.
  const typedKey = JSON.stringify([phone.trim(), email.trim(), socialPlatform, socialAccount.trim()]);
  const [key] = useDebouncedValue(typedKey, DEBOUNCE_MS);
  const [debouncedPhone, debouncedEmail, debouncedPlatform, debouncedAccount] = JSON.parse(key) as [string, string, SocialPlatform | '', string];
  const { data, error } = useStoreQuery(
    'cases.findRepeat',
    { phone: debouncedPhone, email: debouncedEmail, socialPlatform: debouncedPlatform, socialAccount: debouncedAccount },
    key,
  );
  const windowDays = useStoreQuery('settings.get', {}, 'settings').data?.assist.repeatWindowDays;
  // An account counts once its platform is chosen: alone it names nobody.
  const typed = phone.trim() !== '' || email.trim() !== '' || (socialPlatform !== '' && socialAccount.trim() !== '');
  const asked = key !== NOTHING_TYPED;
  // Right after an update the lookup waits for the older cases' keys: the agent is told, with the progress.
  const progress = useContactIndexProgress(typed && asked && !data && !error);
  // Cleared fields hide it at once, not only after the pause; so does a contact the lookup went by, changed or
  // removed since: the cases found are another customer's until the new ones are looked up. A contact only
  // added (the e-mail typed after a phone that found cases) keeps them in view meanwhile.
  const now = JSON.parse(typedKey) as string[];
  if (!typed || (JSON.parse(key) as string[]).some((value, i) => value !== '' && value !== now[i])) return null;
  if (progress) {
    return (
      <Aside>
        <ContactIndexNotice progress={progress} then="repeats" />
      </Aside>
    );
  }
  if (!data || data.total === 0 || windowDays === undefined) return null;
  return <EarlierCases cases={data.cases} total={data.total} windowDays={windowDays} />;
}

function Aside({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="aside" aria-label={t('intake.repeat.title')}>
      <Stack gap="sm">{children}</Stack>
    </Paper>
  );
}

function EarlierCases({ cases, total, windowDays }: { cases: CaseSummary[]; total: number; windowDays: number }) {
  const { t } = useTranslation();
  return (
    <Aside>
      <Alert color="orange" variant="light" title={t('intake.repeat.title')}>
        {t('similar.repeat.intakeNotice', { days: windowDays, count: total })}
        {total > cases.length && cases.length > 0 && ` ${t('similar.repeat.newestShown', { count: cases.length })}`}
        {cases.length === 0 && ` ${t('similar.repeat.notListed')}`}
      </Alert>
      {cases.map((c) => (
        <Stack key={c.id} gap={2} data-testid="repeat-case">
          <Group justify="space-between" gap="xs">
            <Anchor href={`#/cases/${c.id}`} fw={600} size="sm">
              {c.no}
            </Anchor>
            <SeverityBadge severity={c.severity} />
          </Group>
          {/* One phone may be a family's: the name tells a real repeat from a relative's complaint. */}
          <Text size="sm">
            {c.customerName}
          </Text>
          <Text size="xs" c="dimmed">
            {formatDateTime(c.receivedAt)} · {t(`status.${c.status}`)}
          </Text>
        </Stack>
      ))}
    </Aside>
  );
}
