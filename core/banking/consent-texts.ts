import type { OutgoingMessage } from '../conversation/outgoing-message.ts';
import { formatFrenchDate, parisDateOf } from '../dates/calendar-date.ts';
import type { MailMessage } from '../notifications/notifier.ts';

/** Why a connection stopped bringing transactions. */
export type EndReason = 'EXPIRED' | 'REVOKED' | 'USER_ACTION_REQUIRED' | 'REPEATED_ERRORS';

export interface ConsentTextInput {
  readonly connectionId: string;
  readonly displayName: string;
  /** The bank's name as the person chose it. */
  readonly bankName: string;
  readonly consentEnd: Date | null;
  /** A page of Pointage that starts the renewal (the bank's own link expires too fast for mail). */
  readonly renewUrl: string;
}

// "Remind me later" offers this many days, as long as the consent lasts that long.
const LATER_DAYS = 3;

const day = (instant: Date) => formatFrenchDate(parisDateOf(instant));
const days = (count: number) => (count === 1 ? 'demain' : `dans ${count} jours`);

/** Chat, before the end: when, what happens, and the buttons to renew or be reminded later. */
export function reminderMessage(input: ConsentTextInput & { daysLeft: number }): OutgoingMessage {
  const end = input.consentEnd ? ` (le ${day(input.consentEnd)})` : '';
  return {
    text:
      `Votre accès bancaire « ${input.bankName} » expire ${days(input.daysLeft)}${end}. ` +
      'Renouvelez-le pour que vos opérations continuent d’arriver : cela prend une minute ' +
      'sur le site de votre banque.',
    links: [{ label: 'Renouveler l’accès', url: input.renewUrl }],
    buttons: [
      {
        label: 'Renouveler maintenant',
        action: { kind: 'renew_connection', connectionId: input.connectionId },
      },
      ...(input.daysLeft > LATER_DAYS
        ? [
            {
              label: `Me le rappeler dans ${LATER_DAYS} jours`,
              action: {
                kind: 'remind_later' as const,
                connectionId: input.connectionId,
                days: LATER_DAYS,
              },
            },
          ]
        : []),
    ],
  };
}

export function reminderMail(
  input: ConsentTextInput & { daysLeft: number; to: string },
): MailMessage {
  const end = input.consentEnd ? ` le ${day(input.consentEnd)}` : '';
  return {
    to: input.to,
    subject: `Pointage — votre accès bancaire ${input.bankName} expire ${days(input.daysLeft)}`,
    text: [
      `Bonjour ${input.displayName},`,
      '',
      `L’accès de Pointage à votre banque ${input.bankName} expire${end}. Passé cette date, vos ` +
        'opérations n’arriveront plus dans vos comptes.',
      '',
      `Pour le renouveler (une minute, sur le site de votre banque) : ${input.renewUrl}`,
      '',
      'Pointage, pour votre cabinet comptable',
    ].join('\n'),
  };
}

const ENDED_WORDS: Record<EndReason, string> = {
  EXPIRED: 'a expiré',
  REVOKED: 'a été révoqué auprès de votre banque',
  USER_ACTION_REQUIRED:
    'est suspendu : votre banque vous demande une action (validation, conditions)',
  REPEATED_ERRORS: 'ne fonctionne plus : la synchronisation échoue depuis plusieurs essais',
};

/** Chat, once the connection stopped: what happened and how to start it again. */
export function endedMessage(
  input: ConsentTextInput & { reason: EndReason; reminder: boolean },
): OutgoingMessage {
  const opening = input.reminder ? 'Rappel : l’accès' : 'L’accès';
  return {
    text:
      `${opening} bancaire « ${input.bankName} » ${ENDED_WORDS[input.reason]}. ` +
      'Vos nouvelles opérations n’arrivent plus : renouvelez-le pour reprendre là où il s’est arrêté, ' +
      'sans doublon.',
    links: [{ label: 'Renouveler l’accès', url: input.renewUrl }],
    buttons: [
      {
        label: 'Renouveler maintenant',
        action: { kind: 'renew_connection', connectionId: input.connectionId },
      },
    ],
  };
}

export function endedMail(
  input: ConsentTextInput & { reason: EndReason; to: string },
): MailMessage {
  return {
    to: input.to,
    subject: `Pointage — votre accès bancaire ${input.bankName} ${endedWords(input.reason)}`,
    text: [
      `Bonjour ${input.displayName},`,
      '',
      `L’accès de Pointage à votre banque ${input.bankName} ${ENDED_WORDS[input.reason]}. Vos nouvelles ` +
        'opérations n’arrivent plus dans vos comptes.',
      '',
      `Pour le renouveler : ${input.renewUrl}`,
      'Rien n’est perdu : les opérations manquantes seront reprises, sans doublon.',
      '',
      'Pointage, pour votre cabinet comptable',
    ].join('\n'),
  };
}

function endedWords(reason: EndReason): string {
  return reason === 'EXPIRED' ? 'a expiré' : 'est interrompu';
}

/** To the firm's staff: whose bank link stopped, and why. */
export function endedStaffMessage(
  input: ConsentTextInput & { reason: EndReason },
): OutgoingMessage {
  return {
    text:
      `${input.displayName} : l’accès bancaire « ${input.bankName} » ${ENDED_WORDS[input.reason]}. ` +
      'Le client a été prévenu (chat et e-mail) ; ses opérations n’arrivent plus tant qu’il ne ' +
      'renouvelle pas.',
  };
}
