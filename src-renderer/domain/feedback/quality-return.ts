const DAY = 86_400_000;

/**
 * 质量复核退回 is possible for a closed case within `qualityReturnDays` of its closing: after
 * that it stays closed. (A case not closed, or closed with no time recorded, cannot be sent back.)
 */
export function withinQualityReturn(closedAt: number | null, now: number, qualityReturnDays: number): boolean {
  return closedAt !== null && now - closedAt <= qualityReturnDays * DAY;
}
