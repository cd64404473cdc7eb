import { monthBooks } from '../../books/month-books.ts';
import { renderMonthBooks } from '../../books/render-month-books.ts';
import { displayDate, displayMoney, monthLabel } from '../chat-format.ts';
import { say, type ChatReply } from '../chat-types.ts';
import { freelancerOf, type Session } from '../conversation-session.ts';

/** The month at a glance: recettes, dépenses, what is left to do, and the bank consents. */
export async function monthStatus(session: Session, month: string): Promise<ChatReply> {
  const freelancerId = freelancerOf(session);
  if (!freelancerId) return say(session.t.staffNoBooks);
  const { t, deps } = session;
  const [books, missing, connections] = await Promise.all([
    monthBooks(session.db, freelancerId, month),
    deps.receipts.listMissingReceipts({ freelancerId, month }),
    deps.banking.listConnections(freelancerId),
  ]);
  const lines = [
    t.status({
      month: monthLabel(month, session.identity.locale),
      recettes: displayMoney(books.recettesCents),
      depenses: displayMoney(books.depensesCents),
      toConfirm: books.toConfirm.length,
      missing: missing.length,
    }),
  ];
  const live = connections.filter((connection) => connection.state !== 'REVOKED');
  if (live.length === 0) lines.push(t.noConnection);
  for (const connection of live) {
    const until = connection.consentValidUntil ? displayDate(connection.consentValidUntil) : null;
    lines.push(t.consentLine(connection.label, t.connectionState(connection.state), until));
  }
  return say(lines.join('\n'));
}

/** The livre-journal of the month, as the CLI prints it. */
export async function monthBooksText(session: Session, month: string): Promise<ChatReply> {
  const freelancerId = freelancerOf(session);
  if (!freelancerId) return say(session.t.staffNoBooks);
  const books = await monthBooks(session.db, freelancerId, month);
  return say(renderMonthBooks(books), { preformatted: true });
}
