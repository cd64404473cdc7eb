import type { Database } from '../db/prisma-client.ts';
import { categorise } from '../categories/categorise.ts';
import type { Categorisation } from '../categories/categorise.ts';

export interface CategoriseSummary {
  readonly categorised: number;
  readonly toConfirm: number;
}

type Scope = { importId: string } | { freelancerId: string };

/**
 * Gives every not-yet-categorised transaction of an import (or of a freelancer) a nature, a
 * confidence and a source, from rules and from what this freelancer confirmed before. Rows the
 * user already confirmed are never touched. Running it twice changes nothing.
 */
export async function categoriseTransactions(
  db: Database,
  scope: Scope,
  options: { threshold: number },
): Promise<CategoriseSummary> {
  const rows = await db.transaction.findMany({
    where: {
      categorisedAt: null,
      ...('importId' in scope ? { importId: scope.importId } : { account: { freelancerId: scope.freelancerId } }),
    },
    include: { account: { select: { kind: true, freelancerId: true } } },
  });
  if (rows.length === 0) return { categorised: 0, toConfirm: 0 };

  const freelancerId = rows[0]!.account.freelancerId;
  const freelancer = await db.freelancer.findUniqueOrThrow({ where: { id: freelancerId } });
  const learnedRows = await db.learnedCategory.findMany({ where: { freelancerId } });
  const learned = new Map(
    learnedRows.map((row) => [
      `${row.counterpartyKey}|${row.direction}`,
      { categoryCode: row.categoryCode, confirmations: row.confirmations },
    ]),
  );
  const context = {
    ownNames: freelancer.ownNames,
    ownIbans: freelancer.ownIbans,
    learned,
    threshold: options.threshold,
  };

  // Rows with the same outcome are written in one statement: 100 000 rows give a few dozen.
  const groups = new Map<string, { result: Categorisation; ids: string[] }>();
  for (const row of rows) {
    const result = categorise(
      {
        accountKind: row.account.kind === 'PERSONAL' ? 'CHECKING' : row.account.kind,
        amountCents: Number(row.amountCents),
        label: row.label,
        rawLabel: row.rawLabel,
        counterparty: row.counterparty,
        counterpartyIban: row.counterpartyIban,
        memo: row.memo,
        hints: {
          ...(row.personalHint !== null ? { personal: row.personalHint } : {}),
          ...(row.bankCategory !== null ? { bankCategory: row.bankCategory } : {}),
        },
      },
      context,
    );
    const key = `${result.categoryCode}|${result.confidence}|${result.source}|${result.toConfirm}`;
    const group = groups.get(key) ?? { result, ids: [] };
    group.ids.push(row.id);
    groups.set(key, group);
  }

  const now = new Date();
  let toConfirm = 0;
  await db.$transaction(async (tx) => {
    for (const { result, ids } of groups.values()) {
      if (result.toConfirm) toConfirm += ids.length;
      await tx.transaction.updateMany({
        where: { id: { in: ids } },
        data: {
          categoryCode: result.categoryCode,
          confidence: result.confidence,
          categorySource: result.source,
          toConfirm: result.toConfirm,
          categorisedAt: now,
        },
      });
    }
  });
  return { categorised: rows.length, toConfirm };
}
