import dayjs from 'dayjs';

/** `HH:mm` from minutes after midnight. */
export function toClockTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Minutes after midnight from `HH:mm` (seconds ignored); NaN when it is not a time, so the store refuses it. */
export function toMinutes(time: string): number {
  const match = /^(\d{1,2}):(\d{2})/.exec(time);
  if (!match) return Number.NaN;
  const [h, m] = [Number(match[1]), Number(match[2])];
  return h <= 24 && m < 60 ? h * 60 + m : Number.NaN;
}

/** `YYYY-MM-DD` days by year, newest year first, days in order. */
export function byYear(days: readonly string[]): Array<{ year: number; days: string[] }> {
  const years = new Map<number, string[]>();
  for (const day of [...days].sort()) {
    const year = Number(day.slice(0, 4));
    years.set(year, [...(years.get(year) ?? []), day]);
  }
  return [...years.entries()].sort(([a], [b]) => b - a).map(([year, list]) => ({ year, days: list }));
}

/** Runs of consecutive days, so a week-long holiday reads as one span. */
export function spans(days: readonly string[]): Array<{ from: string; to: string; count: number }> {
  const out: Array<{ from: string; to: string; count: number }> = [];
  for (const day of [...days].sort()) {
    const last = out.at(-1);
    if (last && dayjs(last.to).add(1, 'day').format('YYYY-MM-DD') === day) {
      last.to = day;
      last.count += 1;
    } else {
      out.push({ from: day, to: day, count: 1 });
    }
  }
  return out;
}
