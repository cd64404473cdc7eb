import { bindMessage } from '../bind-message.ts';
import { displayDate } from '../chat-format.ts';
import { say, type ChatReply } from '../chat-types.ts';
import type { ConnectionSummary } from '../conversation-ports.ts';
import { freelancerOf, type Session } from '../conversation-session.ts';
import type { ButtonAction, OutgoingMessage } from '../outgoing-message.ts';

const MAX_BANKS = 8;

/** `banques [nom]`: the linked banks and, with a name, the banks to link. */
export async function banks(session: Session, query: string): Promise<ChatReply> {
  const freelancerId = freelancerOf(session);
  if (!freelancerId) return say(session.t.staffNoBooks);
  const { t, deps } = session;
  if (query.trim() === '') {
    const connections = await deps.banking.listConnections(freelancerId);
    const lines = connections
      .filter((connection) => connection.state !== 'REVOKED')
      .map((connection) =>
        t.consentLine(connection.label, t.connectionState(connection.state), until(connection)),
      );
    return say([...lines, t.askBankName].join('\n'));
  }
  const found = (await deps.banking.searchBanks({ query, country: 'FR' })).slice(0, MAX_BANKS);
  if (found.length === 0) return say(t.noBankFound(query));
  return bound(session, {
    text: t.banksFound(query),
    buttons: found.map((bank) => ({
      label: bank.name,
      action: { kind: 'link_bank', bankId: bank.id, bankName: bank.name },
    })),
  });
}

/** `renouveler`: the link at once when there is one bank, else a choice. */
export async function renew(session: Session): Promise<ChatReply> {
  const freelancerId = freelancerOf(session);
  if (!freelancerId) return say(session.t.staffNoBooks);
  const { t, deps } = session;
  const connections = (await deps.banking.listConnections(freelancerId)).filter(
    (connection) => connection.state !== 'REVOKED' && connection.state !== 'PENDING_AUTH',
  );
  if (connections.length === 0) return say(t.nothingToRenew);
  if (connections.length === 1) {
    const connection = connections[0]!;
    const { url } = await deps.banking.renew({ freelancerId, connectionId: connection.id });
    return say(t.renewReady(connection.label), { buttons: [{ label: t.openBankButton, url }] });
  }
  return chooseConnection(session, connections, (connection) => ({
    label: t.renewButton(connection.label),
    action: { kind: 'renew_connection', connectionId: connection.id },
  }));
}

/** `deconnecter`: one button per bank; the click is the confirmation. */
export async function disconnect(session: Session): Promise<ChatReply> {
  const freelancerId = freelancerOf(session);
  if (!freelancerId) return say(session.t.staffNoBooks);
  const connections = (await session.deps.banking.listConnections(freelancerId)).filter(
    (connection) => connection.state !== 'REVOKED',
  );
  if (connections.length === 0) return say(session.t.noConnection);
  return chooseConnection(session, connections, (connection) => ({
    label: session.t.disconnectButton(connection.label),
    action: { kind: 'disconnect_connection', connectionId: connection.id },
  }));
}

function chooseConnection(
  session: Session,
  connections: readonly ConnectionSummary[],
  button: (connection: ConnectionSummary) => { label: string; action: ButtonAction },
): Promise<ChatReply> {
  return bound(session, { text: session.t.chooseConnection, buttons: connections.map(button) });
}

async function bound(session: Session, message: OutgoingMessage): Promise<ChatReply> {
  const bound = await bindMessage(session.db, {
    identity: session.identity,
    chatId: session.turn.chatId,
    message,
    questionId: session.newQuestionId(),
    now: session.now,
  });
  return { messages: [bound] };
}

function until(connection: ConnectionSummary): string | null {
  return connection.consentValidUntil ? displayDate(connection.consentValidUntil) : null;
}
