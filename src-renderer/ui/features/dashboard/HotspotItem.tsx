import { Badge, Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import { useMemo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { hotspotFilter, recentExposure, type Hotspot, type HotspotKind, type HotspotsAnswer } from '../../../domain/assist/hotspots';
import { formatDateTime } from '../../components/format';
import { useOpenTracking } from './useOpenTracking';

const KIND_COLOR: Record<HotspotKind, string> = { category: 'blue', keyword: 'orange', product: 'grape' };

/**
 * One hot-spot: what rose (kind and name), how many cases in the recent days
 * against the daily rate before, how many times that, and a way to its cases.
 */
export function HotspotItem({ hotspot, answer }: { hotspot: Hotspot; answer: HotspotsAnswer }) {
  const { t, i18n } = useTranslation();
  const open = useOpenTracking();
  const number = useMemo(() => new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }), [i18n.language]);
  // An expected count and a daily rate before are often under one case: two significant digits, not 0
  // ("此前日均 0 宗" beside 23.8 倍 could not be checked).
  const estimate = useMemo(() => new Intl.NumberFormat(i18n.language, { maximumSignificantDigits: 2 }), [i18n.language]);
  const decimal = useMemo(() => new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }), [i18n.language]);
  const days = answer.settings.recentDays;
  const kind = t(`hotspots.kinds.${hotspot.kind}`);
  const what =
    hotspot.kind === 'category'
      ? t(`category.${hotspot.key}`, { defaultValue: hotspot.key })
      : hotspot.kind === 'keyword'
        ? t('hotspots.keyword', { word: hotspot.key })
        : (hotspot.label ?? hotspot.key);
  const isNew = hotspot.baselineDaily === 0;
  // A daily rate of one or more with its decimal (1.4, not 1), so rate × days can be checked against the expected count.
  const rate = hotspot.baselineDaily < 1 ? estimate.format(hotspot.baselineDaily) : decimal.format(hotspot.baselineDaily);
  const basis = expectationBasis(t, hotspot, recentExposure(answer.window.recentTo, answer.settings), days, decimal);
  return (
    <Group component="li" justify="space-between" wrap="wrap" gap="sm" data-testid="hotspot">
      <Stack gap={2}>
        <Group gap="xs" wrap="nowrap">
          <Badge variant="light" color={KIND_COLOR[hotspot.kind]} tt="none">
            {kind}
          </Badge>
          <Text fw={600}>{what}</Text>
          {isNew ? (
            <Badge variant="filled" color="red" tt="none">
              {t('hotspots.new')}
            </Badge>
          ) : (
            <Tooltip label={t('hotspots.ratioHint')} multiline w={320} openDelay={300}>
              <Badge variant="filled" color="orange" tt="none">
                {t('hotspots.ratio', { ratio: number.format(hotspot.ratio) })}
              </Badge>
            </Tooltip>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {[
            t('hotspots.recent', { days, count: hotspot.recent }),
            // Some customers complained more than once: how many people the rise is (a batch is many).
            ...(hotspot.customers < hotspot.recent ? [t('hotspots.customers', { count: hotspot.customers })] : []),
            // The ratio is of the expected count, which is not the daily rate times the days: both are shown.
            // Said with what it was adjusted for (part of today to come, cases not graded yet), so it need not be taken on trust.
            ...(isNew
              ? []
              : [
                  basis
                    ? t('hotspots.expectedBasis', { expected: estimate.format(hotspot.expected), basis })
                    : t('hotspots.expected', { expected: estimate.format(hotspot.expected) }),
                ]),
            t('hotspots.baseline', { rate }),
            t('hotspots.since', { time: formatDateTime(hotspot.firstSeenAt) }),
          ].join(' · ')}
        </Text>
      </Stack>
      <Button
        variant="light"
        size="compact-sm"
        onClick={() => open(hotspotFilter(hotspot, answer.window))}
        aria-label={t('hotspots.openLabel', { kind, what, days, count: hotspot.recent })}
      >
        {t('hotspots.open')}
      </Button>
    </Group>
  );
}

/** Adjustments no more than this far from none are not worth a word. */
const SCALE_NOTED = 0.02;

/**
 * Why the expected count is not the daily rate times the days: the part of today still to come,
 * a category's recent cases not all graded yet, a keyword's expectation raised with all complaints.
 * Empty when it is just that product.
 */
function expectationBasis(t: TFunction, hotspot: Hotspot, elapsed: number, days: number, decimal: Intl.NumberFormat): string {
  const parts: string[] = [];
  if (days - elapsed > 0.05) parts.push(t('hotspots.basis.elapsed', { days: decimal.format(elapsed) }));
  const scale = hotspot.expectedScale ?? 1;
  if (scale < 1 - SCALE_NOTED) parts.push(t('hotspots.basis.graded', { share: Math.round(scale * 100) }));
  if (scale > 1 + SCALE_NOTED) parts.push(t('hotspots.basis.volume', { factor: decimal.format(scale) }));
  return parts.join(t('hotspots.basis.separator'));
}
