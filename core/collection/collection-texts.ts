import { frenchMonthLabel } from '../dates/french-month.ts';
import { describeTransaction } from '../conversation/chat-format.ts';
import type { OutgoingMessage } from '../conversation/outgoing-message.ts';
import type { MailMessage } from '../notifications/notifier.ts';
import { missingCount, type MissingItems } from './collection-month.ts';

// Block Kit sections hold 3,000 characters, Telegram messages 4,096: the list stays well under.
const MAX_RECEIPT_LINES = 20;

export interface CollectionTextInput {
  readonly displayName: string;
  readonly month: string;
  readonly missing: MissingItems;
}

/** The first message of the month: everything that is missing, and how to send it. */
export function askMessage(input: CollectionTextInput): OutgoingMessage {
  const month = frenchMonthLabel(input.month);
  return withListButton(input.month, [
    `Bonjour ${input.displayName}, ${month} est terminé. Pour boucler vos comptes, il me manque :`,
    ...missingLines(input.missing),
    'Envoyez-les ici (photo ou PDF), je les range au fur et à mesure.',
  ]);
}

/** The weekly reminder, with what is still missing at the time it leaves. */
export function reminderMessage(input: CollectionTextInput & { number: number }): OutgoingMessage {
  const month = frenchMonthLabel(input.month);
  return withListButton(input.month, [
    `Rappel n°${input.number} : ${month} n'est pas encore complet. Il manque encore :`,
    ...missingLines(input.missing),
    'Envoyez-les ici (photo ou PDF) dès que possible.',
  ]);
}

export function reminderMail(
  input: CollectionTextInput & { number: number; to: string },
): MailMessage {
  const month = frenchMonthLabel(input.month);
  const count = missingCount(input.missing);
  return {
    to: input.to,
    subject: `Pointage — ${month} : ${plural(count, 'pièce manquante', 'pièces manquantes')}`,
    text: [
      `Bonjour ${input.displayName},`,
      '',
      `${month} n'est pas encore complet (rappel n°${input.number}). Il manque encore :`,
      ...missingLines(input.missing),
      '',
      'Envoyez ces pièces dans votre conversation Pointage (Slack ou Telegram).',
      '',
      'Pointage, pour votre cabinet comptable',
    ].join('\n'),
  };
}

/** To the firm's staff: the month is still incomplete after the configured number of days. */
export function escalationMessage(
  input: CollectionTextInput & { days: number; remindersSent: number },
): OutgoingMessage {
  const month = frenchMonthLabel(input.month);
  const { statements, receipts } = input.missing;
  return {
    text: [
      `${input.displayName} : ${month} est toujours incomplet après ${input.days} jours ` +
        `(${plural(input.remindersSent, 'relance envoyée', 'relances envoyées')}).`,
      `Manquent ${plural(statements.length, 'relevé', 'relevés')} et ` +
        `${plural(receipts.length, 'justificatif', 'justificatifs')}.`,
    ].join('\n'),
  };
}

export function completeMessage(input: Pick<CollectionTextInput, 'month'>): OutgoingMessage {
  return {
    text: `Merci ! ${frenchMonthLabel(input.month)} est complet : relevés et justificatifs reçus.`,
  };
}

export function closedMessage(input: Pick<CollectionTextInput, 'month'>): OutgoingMessage {
  return {
    text:
      `Votre cabinet a clôturé ${frenchMonthLabel(input.month)} : ` +
      'plus aucune relance pour ce mois.',
  };
}

function missingLines(missing: MissingItems): string[] {
  const lines: string[] = [];
  for (const statement of missing.statements) {
    const bank = statement.bankName ? ` (${statement.bankName})` : '';
    lines.push(`• le relevé du compte ${statement.accountName}${bank}`);
  }
  if (missing.receipts.length > 0) {
    lines.push(
      `• un justificatif pour ${plural(missing.receipts.length, 'opération', 'opérations')} :`,
    );
    for (const receipt of missing.receipts.slice(0, MAX_RECEIPT_LINES)) {
      lines.push(`   ◦ ${describeTransaction(receipt)}`);
    }
    const more = missing.receipts.length - MAX_RECEIPT_LINES;
    if (more > 0) lines.push(`   ◦ … et ${plural(more, 'autre', 'autres')}`);
  }
  return lines;
}

function withListButton(month: string, lines: readonly string[]): OutgoingMessage {
  return {
    text: lines.join('\n'),
    buttons: [{ label: 'Voir ce qui manque', action: { kind: 'show_missing_receipts', month } }],
  };
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count > 1 ? many : one}`;
}
