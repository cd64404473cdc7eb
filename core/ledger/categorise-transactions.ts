import type { Database } from '../db/prisma-client.ts';
import { categorise, type Categorisation } from '../categories/categorise.ts';

export interface CategoriseSummary {
  readonly categorised: number;
  readonly toConfirm: number;
}

type Scope = { importId: string } | { freelancerId: string };

const UPDATE_CHUNK = 10_000;

const UPDATE_SQL = `
  UPDATE "Transaction" AS t
  SET "categoryCode" = u.code, confidence = u.confidence, "categorySource" = u.source,
      "toConfirm" = u.to_confirm, "categorisedAt" = now()
  FROM unnest($1::text[], $2::text[], $3::int[], $4::"CategorySource"[], $5::boolean[])
    AS u(id, code, confidence, source, to_confirm)
  WHERE t.id = u.id AND t."categorisedAt" IS NULL`;

/**
 * Gives every not-yet-categorised transaction of an import (or of a freelancer) a nature, a
 * confidence and a source, from rules and from what this freelancer confirmed before. Rows
 * already categorised (and so every row the user confirmed) are never touched; running it twice
 * changes nothing.
 */
export async function categoriseTransactions(
  db: Database,
  scope: Scope,
  options: { threshold: number },
): Promise<CategoriseSummary> {
  const rows = await db.transaction.findMany({
    where: {
      categorisedAt: null,
      ...('importId' in scope
        ? { importId: scope.importId }
        : { account: { freelancerId: scope.freelancerId } }),
    },
    select: {
      id: true,
      accountId: true,
      amountCents: true,
      label: true,
      rawLabel: true,
      counterparty: true,
      counterpartyIban: true,
      memo: true,
      personalHint: true,
      bankCategory: true,
    },
  });
  if (rows.length === 0) return { categorised: 0, toConfirm: 0 };

  const accounts = await db.account.findMany({
    where: { id: { in: [...new Set(rows.map((row) => row.accountId))] } },
    select: { id: true, kind: true, freelancerId: true },
  });
  const accountById = new Map(accounts.map((account) => [account.id, account]));
  const freelancerId = accounts[0]!.freelancerId;
  const freelancer = await db.freelancer.findUniqueOrThrow({ where: { id: freelancerId } });
  const learnedRows = await db.learnedCategory.findMany({ where: { freelancerId } });
  const context = {
    ownNames: freelancer.ownNames,
    ownIbans: freelancer.ownIbans,
    learned: new Map(
      learnedRows.map((row) => [
        `${row.counterpartyKey}|${row.direction}`,
        { categoryCode: row.categoryCode, confirmations: row.confirmations },
      ]),
    ),
    threshold: options.threshold,
  };

  // Recurring operations repeat the same texts: the same inputs give the same answer.
  const memo = new Map<string, Categorisation>();
  const results = rows.map((row) => {
    const kind = accountById.get(row.accountId)?.kind ?? 'CHECKING';
    const amountCents = Number(row.amountCents);
    const key = [
      kind,
      Math.sign(amountCents),
      row.label,
      row.rawLabel,
      row.counterparty,
      row.counterpartyIban,
      row.memo,
      row.personalHint,
      row.bankCategory,
    ].join('\u0000');
    let result = memo.get(key);
    if (!result) {
      result = categorise(
        {
          accountKind: kind === 'PERSONAL' ? 'CHECKING' : kind,
          amountCents,
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
      memo.set(key, result);
    }
    return { id: row.id, result };
  });

  await db.$transaction(
    async (tx) => {
      for (let start = 0; start < results.length; start += UPDATE_CHUNK) {
        const chunk = results.slice(start, start + UPDATE_CHUNK);
        await tx.$executeRawUnsafe(
          UPDATE_SQL,
          chunk.map((item) => item.id),
          chunk.map((item) => item.result.categoryCode),
          chunk.map((item) => item.result.confidence),
          chunk.map((item) => item.result.source),
          chunk.map((item) => item.result.toConfirm),
        );
      }
    },
    { timeout: 15 * 60_000 },
  );
  return {
    categorised: results.length,
    toConfirm: results.filter((item) => item.result.toConfirm).length,
  };
}
