import { describe, expect, it } from 'vitest';
import { earliestInstant, FUTURE_TOLERANCE_MS, pastInstant } from '../../../../../src-renderer/domain/common/fields';

const NOW = new Date(2026, 10, 23, 10, 0).getTime();

function inZone<T>(zone: string, run: () => T): T {
  const previous = process.env.TZ;
  process.env.TZ = zone;
  try {
    return run();
  } finally {
    process.env.TZ = previous;
  }
}

describe('pastInstant', () => {
  it.each(['Asia/Shanghai', 'Pacific/Kiritimati', 'UTC', 'America/Los_Angeles', 'Pacific/Pago_Pago'])(
    'starts at 2000-01-01 00:00 local time in %s',
    (zone) =>
      inZone(zone, () => {
        const schema = pastInstant(NOW);
        const midnight = new Date(2000, 0, 1).getTime();
        expect(earliestInstant()).toBe(midnight);
        expect(schema.safeParse(midnight).success).toBe(true);
        expect(schema.safeParse(midnight - 60_000).success).toBe(false);
        expect(schema.safeParse(new Date(1999, 11, 31).getTime()).success).toBe(false);
      }),
  );

  it('refuses the future beyond the clock skew tolerated', () => {
    expect(pastInstant(NOW).safeParse(NOW + FUTURE_TOLERANCE_MS).success).toBe(true);
    expect(pastInstant(NOW).safeParse(NOW + FUTURE_TOLERANCE_MS + 1).success).toBe(false);
  });
});
