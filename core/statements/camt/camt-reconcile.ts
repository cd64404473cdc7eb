import { formatMoney } from '../../money/money.ts';
import { err, ok, type Result } from '../../result/result.ts';
import type { StatementError, StatementNotice } from '../statement-types.ts';
import { entryName, type CamtEntry } from './camt-entry.ts';

export interface StatementCheck {
  /** Reversal entries whose CdtDbtInd the balances proved to be the original direction (B22). */
  readonly flipped: ReadonlySet<CamtEntry>;
  readonly notices: readonly StatementNotice[];
}

export interface StatementFrame {
  readonly name: string;
  readonly line: number;
  readonly currency: string;
  /** OPBD (or PRCD) and CLBD in signed cents; null when the statement does not give them. */
  readonly opening: number | null;
  readonly closing: number | null;
}

/**
 * Banks disagree on the direction of a reversal (RvslInd true): ISO says CdtDbtInd is the
 * direction of the reversal itself, some banks repeat the original one (OCA bank-statement-import
 * #375). Only the balances can tell, so the rule is: face value if opening + Σ booked = closing;
 * else the reversals flipped if that reconciles (with a notice); else the statement is refused.
 */
export function checkStatement(
  frame: StatementFrame,
  entries: readonly CamtEntry[],
): Result<StatementCheck, StatementError> {
  const booked = entries.filter((entry) => entry.status === 'BOOKED');
  if (frame.opening === null || frame.closing === null) {
    if (booked.length === 0) return ok({ flipped: new Set(), notices: [] });
    const message = `statement ${frame.name}: no opening and closing balances, entries not checked`;
    return ok({ flipped: new Set(), notices: [{ line: frame.line, message }] });
  }

  const faceTotal = sum(booked);
  if (frame.opening + faceTotal === frame.closing) return ok({ flipped: new Set(), notices: [] });

  const reversals = booked.filter((entry) => entry.isReversal);
  const flippedTotal = faceTotal - 2 * sum(reversals);
  const names = reversals.map(entryName).join(', ');
  if (reversals.length > 0 && frame.opening + flippedTotal === frame.closing) {
    const message =
      `statement ${frame.name}: reversal ${names} read with the opposite of its CdtDbtInd, ` +
      'the only reading that matches the closing balance';
    return ok({
      flipped: new Set(reversals),
      notices: [{ line: reversals[0]?.line ?? null, message }],
    });
  }

  const money = (cents: number) => formatMoney(cents, frame.currency);
  const found = frame.opening + faceTotal;
  const suspects =
    reversals.length > 0 ? ` Reversal ${names} reconciles in neither direction.` : '';
  return err({
    code: 'BALANCE_MISMATCH',
    line: reversals[0]?.line ?? frame.line,
    message:
      `statement ${frame.name}: opening ${money(frame.opening)} + booked entries ` +
      `${money(faceTotal)} = ${money(found)}, but the closing balance is ${money(frame.closing)} ` +
      `(difference ${money(frame.closing - found)}).${suspects} Nothing was imported; check the ` +
      'file is complete and unmodified.',
  });
}

function sum(entries: readonly CamtEntry[]): number {
  let total = 0;
  for (const entry of entries) total += entry.direction * entry.cents;
  return total;
}
