/** "Now" for the build: SOURCE_DATE_EPOCH when set, so the same commit builds the same bytes. */
export function buildDate(env: Record<string, string | undefined> = process.env): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date();
}

/** ISO date (yyyy-mm-dd) of the build, in Vietnam's time zone. */
export function buildDay(env: Record<string, string | undefined> = process.env): string {
  return new Date(buildDate(env).getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
