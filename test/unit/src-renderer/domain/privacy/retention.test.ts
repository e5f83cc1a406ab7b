import { describe, expect, it } from 'vitest';
import { ineligibility, retentionCutoff } from '../../../../../src-renderer/domain/privacy/retention';

const DAY = 86_400_000;
const NOW = Date.UTC(2029, 0, 1);

describe('retention', () => {
  it('puts the cutoff the retention period before now', () => {
    expect(retentionCutoff(NOW, 1095)).toBe(NOW - 1095 * DAY);
  });

  it('lets a finished case be anonymised only once it was closed longer ago than the period', () => {
    const closed = (daysAgo: number) => ({ status: 'closed' as const, closedAt: NOW - daysAgo * DAY });
    expect(ineligibility(closed(1096), NOW, 1095)).toBeNull();
    expect(ineligibility({ status: 'redirected', closedAt: NOW - 400 * DAY }, NOW, 365)).toBeNull();
    expect(ineligibility(closed(1095), NOW, 1095)).toBe('withinRetention');
    expect(ineligibility(closed(10), NOW, 1095)).toBe('withinRetention');
  });

  it('refuses open and already anonymised cases', () => {
    expect(ineligibility({ status: 'executing', closedAt: null }, NOW, 30)).toBe('open');
    // Sent back by quality review: open again, whatever its closing instant was.
    expect(ineligibility({ status: 'planning', closedAt: NOW - 900 * DAY }, NOW, 30)).toBe('open');
    expect(ineligibility({ status: 'closed', closedAt: NOW - 900 * DAY, anonymisedAt: NOW - DAY }, NOW, 30)).toBe('anonymised');
  });
});
