import { z } from 'zod';
import type { FreelancerOverview } from '../../core/monitoring/freelancer-overview.ts';
import { foldAccents } from '../../core/labels/fold-text.ts';
import { connectionTone } from '../views/format.ts';

export const LIST_FILTERS = [
  'tous',
  'attention',
  'connexions',
  'a-confirmer',
  'pieces',
  'workflows',
] as const;

/** The list's query string; anything unexpected falls back to the whole list. */
export const listQuerySchema = z.object({
  q: z.string().trim().max(100).catch(''),
  filtre: z.enum(LIST_FILTERS).catch('tous'),
});

export type ListQuery = z.infer<typeof listQuerySchema>;

/** Keeps the overview's order; filters on what the overview already decided. */
export function filterOverviews(
  rows: readonly FreelancerOverview[],
  query: ListQuery,
): FreelancerOverview[] {
  const needle = fold(query.q);
  return rows.filter((row) => {
    if (needle && !fold(row.displayName).includes(needle)) return false;
    switch (query.filtre) {
      case 'tous':
        return true;
      case 'attention':
        return row.attentionScore > 0;
      case 'connexions':
        return row.connections.some(
          (connection) => connectionTone(connection.state, connection.daysToExpiry) !== 'ok',
        );
      case 'a-confirmer':
        return row.toConfirmCount > 0;
      case 'pieces':
        return (row.missingReceiptsCount ?? 0) > 0 || row.statementReceived === false;
      case 'workflows':
        return row.workflowProblems.length > 0;
    }
  });
}

function fold(text: string): string {
  return foldAccents(text).toLowerCase();
}
