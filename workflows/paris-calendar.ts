// Paris days and months from workflow time, for workflow code: sandbox-clean (Intl only) and
// free of core/ so that the bundled workflow code depends on workflows/ alone.

const parisDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** `YYYY-MM-DD`, the Paris day of an instant (23:30 UTC on 31 October is 1 November). */
export function parisDayOf(epochMs: number): string {
  return parisDay.format(new Date(epochMs));
}

/** `YYYY-MM` of the Paris month before the one the instant falls in. */
export function previousParisMonth(epochMs: number): string {
  const [year, month] = parisDayOf(epochMs).split('-').map(Number) as [number, number];
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}
