import { Alert, Center, Loader, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackfillProgress } from '../../../store/services/assist/repeats';
import { formatCount } from '../../components/format';
import { useStore } from '../../data/hooks';

/** Often enough for the bar to move (a slice of cases takes a fraction of a second), rarely enough to cost nothing. */
const POLL_MS = 1_000;

/**
 * The progress of the contact-key backfill after an update (store/core/backfill.ts), asked every
 * second while `waiting` (a customer lookup has not answered yet); null when none runs.
 */
export function useContactIndexProgress(waiting: boolean): BackfillProgress | null {
  const store = useStore();
  const [progress, setProgress] = useState<BackfillProgress | null>(null);
  useEffect(() => {
    if (!waiting) return;
    let current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = () => {
      // A refusal (the store restarting) only means no bar this time: the lookup itself reports errors.
      store.send('assist.contactKeysProgress', {}).then(
        (answer) => current && setProgress(answer),
        () => undefined,
      ).finally(() => {
        if (current) timer = setTimeout(poll, POLL_MS);
      });
    };
    poll();
    return () => {
      current = false;
      clearTimeout(timer);
      // The next wait starts from what the store says then, not from this one's last answer.
      setProgress(null);
    };
  }, [store, waiting]);
  return waiting ? progress : null;
}

/**
 * Says why a lookup of a customer's cases has not answered yet: the first start after an update is
 * still giving the older complaints their phone and e-mail keys. `then` says what appears after.
 */
export function ContactIndexNotice({ progress, then }: { progress: BackfillProgress | null; then: 'repeats' | 'lookup' }) {
  const { t, i18n } = useTranslation();
  if (!progress || progress.total === 0) return null;
  const percent = Math.floor((100 * progress.done) / progress.total);
  return (
    <Alert color="blue" variant="light" role="status" title={t('similar.contactIndex.title')}>
      <Stack gap={6}>
        <Text size="sm">{t('similar.contactIndex.progress', { done: formatCount(progress.done, i18n.language), total: formatCount(progress.total, i18n.language), percent })}</Text>
        <Progress value={percent} size="sm" aria-label={t('similar.contactIndex.title')} />
        <Text size="xs" c="dimmed">
          {t(`similar.contactIndex.then.${then}`)}
        </Text>
      </Stack>
    </Alert>
  );
}

/**
 * What a customer lookup shows until it answers: right after an update a phone or e-mail lookup
 * waits for the older cases' keys, and says so with the progress; otherwise a spinner.
 */
export function CustomerLookupPending() {
  const progress = useContactIndexProgress(true);
  return progress ? (
    <ContactIndexNotice progress={progress} then="lookup" />
  ) : (
    <Center p="md">
      <Loader size="sm" />
    </Center>
  );
}
