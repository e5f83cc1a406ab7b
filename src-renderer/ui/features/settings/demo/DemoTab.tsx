import { Alert, Button, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { NumberField } from '../../../components/NumberField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../../components/format';
import { DEMO_CHUNK } from '../../../../domain/demo/chunks';
import { DEMO_PASSWORD } from '../../../../domain/demo/people';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { usePlatform } from '../../../data/hooks';
import { negativeReviews } from './reviews';
import { useDemoSeed } from './useDemoSeed';
import { Panel } from '../../../components/Panel';
import { asStoreError } from '../../../data/store-client';
import { errorText } from '../../../i18n/errors';

const DEFAULT_COUNT = 10_000;
const MAX_COUNT = 200_000;
const MAX_FILE_MB = 64;

interface Corpus {
  name: string;
  rows: number;
  texts: string[];
}

/** 演示数据 (development builds only): fills the store with generated cases from a review corpus. */
export function DemoTab() {
  const { t, i18n } = useTranslation();
  const platform = usePlatform();
  const { progress, start, cancel } = useDemoSeed();
  const [corpus, setCorpus] = useState<Corpus | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [count, setCount] = useState<number | string>(DEFAULT_COUNT);
  const running = progress.state === 'running';
  const format = (n: number) => formatCount(n, i18n.language);
  const validCount = typeof count === 'number' && Number.isInteger(count) && count >= 1 && count <= MAX_COUNT;

  async function chooseFile() {
    setReading(true);
    try {
      const file = await platform.openFile({ filters: [{ name: 'CSV', extensions: ['csv'] }], maxBytes: MAX_FILE_MB * 1024 * 1024 });
      if (file.status === 'cancelled') return;
      setCorpus(null);
      if (file.status === 'too-large') {
        setProblem(t('demo.problems.tooLarge', { mb: Math.ceil(file.bytes / 1024 / 1024), max: MAX_FILE_MB }));
        return;
      }
      // TextDecoder drops a UTF-8 byte-order mark; the corpora are UTF-8.
      const parsed = negativeReviews(new TextDecoder('utf-8').decode(file.data));
      if (!parsed.ok) {
        setProblem(t(`demo.problems.${parsed.problem}`));
        return;
      }
      setProblem(null);
      setCorpus({ name: file.name, rows: parsed.rows, texts: parsed.texts });
    } catch (error) {
      // A file chosen that could not be read (gone since, or not ours to read): said, not left to the console.
      setProblem(errorText(t, asStoreError(error).data));
    } finally {
      setReading(false);
    }
  }

  async function run() {
    if (!corpus || typeof count !== 'number') return;
    setCancelling(false);
    await start(corpus.texts, count);
    setCancelling(false);
  }

  const percent = progress.count > 0 ? (progress.created / progress.count) * 100 : 0;
  const figures = { created: format(progress.created), target: format(progress.count), total: format(progress.total) };

  return (
    <Stack maw={760}>
      <div>
        <Title order={3} size="h4">
          {t('demo.title')}
        </Title>
        <Text size="sm" c="dimmed" mt={4}>
          {t('demo.hint', { password: DEMO_PASSWORD })}
        </Text>
      </div>
      <Panel title={t('demo.fileTitle')} order={4}>
        <Group>
          <Button variant="default" onClick={() => void chooseFile()} loading={reading} disabled={running}>
            {t('demo.chooseFile')}
          </Button>
          <Text size="sm" data-testid="demo-corpus">
            {corpus ? t('demo.loaded', { name: corpus.name, rows: format(corpus.rows), negative: format(corpus.texts.length) }) : t('demo.noFile')}
          </Text>
        </Group>
        <Text size="xs" c="dimmed">
          {t('demo.fileHint')}
        </Text>
        {problem && (
          <Alert color="red" variant="light" role="alert">
            {problem}
          </Alert>
        )}
      </Panel>
      <Group align="flex-end">
        <NumberField
          label={t('demo.count')}
          description={t('demo.countHint', { max: format(MAX_COUNT), chunk: format(DEMO_CHUNK) })}
          value={count}
          onChange={setCount}
          min={1}
          max={MAX_COUNT}
          step={1000}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator=","
          disabled={running}
          w={260}
        />
        <Button onClick={() => void run()} disabled={!corpus || !validCount || running} loading={running}>
          {t('demo.start')}
        </Button>
        {running && (
          <Button
            variant="default"
            onClick={() => {
              setCancelling(true);
              cancel();
            }}
            disabled={cancelling}
          >
            {t('demo.cancel')}
          </Button>
        )}
      </Group>
      {progress.state !== 'idle' && (
        <Stack gap={6}>
          <Progress value={percent} animated={running} aria-label={t('demo.progress')} size="lg" />
          <Text size="sm" role="status">
            {running
              ? cancelling
                ? t('demo.cancelling')
                : t('demo.running', figures)
              : progress.state === 'done'
                ? t('demo.done', { ...figures, seconds: (progress.ms / 1000).toFixed(1) })
                : progress.state === 'cancelled'
                  ? t('demo.cancelled', figures)
                  : t('demo.failed', figures)}
          </Text>
          <ErrorAlert error={progress.error} />
        </Stack>
      )}
    </Stack>
  );
}
