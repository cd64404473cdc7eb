import { randomBytes } from 'node:crypto';
import type { Database } from '../db/prisma-client.ts';
import type { ChatChannel, Locale, Speaker } from './chat-types.ts';

/** A chat identity once linked: one freelancer's data, or one firm's as its staff. */
export interface LinkedIdentity {
  readonly id: string;
  readonly channel: ChatChannel;
  readonly externalId: string;
  readonly role: 'FREELANCER' | 'STAFF';
  readonly freelancerId: string | null;
  readonly firmId: string | null;
  readonly locale: Locale;
  readonly directChatId: string | null;
}

const CHANNEL = { slack: 'SLACK', telegram: 'TELEGRAM' } as const;

export function dbChannel(channel: ChatChannel): 'SLACK' | 'TELEGRAM' {
  return CHANNEL[channel];
}

export async function findIdentity(db: Database, speaker: Speaker): Promise<LinkedIdentity | null> {
  const row = await db.chatIdentity.findUnique({
    where: {
      channel_externalId: { channel: CHANNEL[speaker.channel], externalId: speaker.externalId },
    },
  });
  return row ? toLinked(row) : null;
}

export type RedeemOutcome =
  | { readonly kind: 'linked'; readonly identity: LinkedIdentity; readonly displayName: string }
  | { readonly kind: 'already_linked'; readonly identity: LinkedIdentity }
  | { readonly kind: 'invalid' };

/**
 * Binds the chat identity to what the invitation names. A code works once; the same person
 * redeeming it again is told they are linked, anyone else learns nothing about it.
 */
export async function redeemInvitation(
  db: Database,
  input: { speaker: Speaker; code: string; directChatId: string | null; now: Date },
): Promise<RedeemOutcome> {
  const code = input.code.trim().toUpperCase();
  const channel = CHANNEL[input.speaker.channel];
  return db.$transaction(async (tx) => {
    const invitation = await tx.chatInvitation.findUnique({ where: { code } });
    if (!invitation || invitation.expiresAt <= input.now) return { kind: 'invalid' } as const;
    const existing = await tx.chatIdentity.findUnique({
      where: { channel_externalId: { channel, externalId: input.speaker.externalId } },
    });
    if (invitation.usedAt) {
      return existing && invitation.usedById === existing.id
        ? ({ kind: 'already_linked', identity: toLinked(existing) } as const)
        : ({ kind: 'invalid' } as const);
    }
    const claimed = await tx.chatInvitation.updateMany({
      where: { code, usedAt: null },
      data: { usedAt: input.now },
    });
    if (claimed.count !== 1) return { kind: 'invalid' } as const;

    const freelancer = invitation.freelancerId
      ? await tx.freelancer.findUnique({ where: { id: invitation.freelancerId } })
      : null;
    const binding = {
      role: invitation.role,
      freelancerId: invitation.freelancerId,
      firmId: invitation.firmId ?? freelancer?.firmId ?? null,
      locale: freelancer?.locale === 'en' ? 'en' : 'fr',
      displayName: input.speaker.displayName ?? null,
      ...(input.directChatId ? { directChatId: input.directChatId } : {}),
    };
    const identity = await tx.chatIdentity.upsert({
      where: { channel_externalId: { channel, externalId: input.speaker.externalId } },
      create: {
        id: crypto.randomUUID(),
        channel,
        externalId: input.speaker.externalId,
        ...binding,
      },
      update: binding,
    });
    await tx.chatInvitation.update({ where: { code }, data: { usedById: identity.id } });
    return {
      kind: 'linked',
      identity: toLinked(identity),
      displayName: freelancer?.displayName ?? input.speaker.displayName ?? '',
    } as const;
  });
}

/** Where the operator allows it: a new freelancer of one's own, without a firm. */
export async function selfOnboard(
  db: Database,
  input: { speaker: Speaker; directChatId: string | null },
): Promise<LinkedIdentity> {
  const channel = CHANNEL[input.speaker.channel];
  const slug = input.speaker.externalId.replace(/[^A-Za-z0-9]/g, '-');
  const freelancerId = `chat-${input.speaker.channel}-${slug}`;
  await db.freelancer.upsert({
    where: { id: freelancerId },
    create: { id: freelancerId, displayName: input.speaker.displayName ?? freelancerId },
    update: {},
  });
  const identity = await db.chatIdentity.upsert({
    where: { channel_externalId: { channel, externalId: input.speaker.externalId } },
    create: {
      id: crypto.randomUUID(),
      channel,
      externalId: input.speaker.externalId,
      role: 'FREELANCER',
      freelancerId,
      directChatId: input.directChatId,
      displayName: input.speaker.displayName ?? null,
    },
    update: {},
  });
  return toLinked(identity);
}

/** An invitation code for the firm to hand out: `INV-XXXX-XXXX`, valid `days` days. */
export async function createInvitation(
  db: Database,
  input: {
    role: 'FREELANCER' | 'STAFF';
    freelancerId?: string;
    firmId?: string;
    now: Date;
    days?: number;
    code?: string;
  },
): Promise<string> {
  if (input.role === 'FREELANCER' && !input.freelancerId) {
    throw new Error('a freelancer invitation names the freelancer (freelancerId)');
  }
  if (input.role === 'STAFF' && !input.firmId)
    throw new Error('a staff invitation names the firm (firmId)');
  const code = (input.code ?? newInvitationCode()).toUpperCase();
  const expiresAt = new Date(input.now.getTime() + (input.days ?? 30) * 86_400_000);
  await db.chatInvitation.create({
    data: {
      code,
      role: input.role,
      freelancerId: input.freelancerId ?? null,
      firmId: input.firmId ?? null,
      expiresAt,
    },
  });
  return code;
}

export async function setIdentityLocale(
  db: Database,
  identityId: string,
  locale: Locale,
): Promise<void> {
  await db.chatIdentity.update({ where: { id: identityId }, data: { locale } });
}

/** Remembers the private chat where notifications reach the person. */
export async function rememberDirectChat(
  db: Database,
  identity: LinkedIdentity,
  chatId: string,
): Promise<void> {
  if (identity.directChatId === chatId) return;
  await db.chatIdentity.update({ where: { id: identity.id }, data: { directChatId: chatId } });
}

// Letters and digits that cannot be misread for one another (no 0/O, 1/I/L).
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

function newInvitationCode(): string {
  const bytes = randomBytes(8);
  const letters = [...bytes].map((byte) => CODE_ALPHABET[byte % CODE_ALPHABET.length]).join('');
  return `INV-${letters.slice(0, 4)}-${letters.slice(4)}`;
}

interface IdentityRow {
  id: string;
  channel: 'SLACK' | 'TELEGRAM';
  externalId: string;
  role: 'FREELANCER' | 'STAFF';
  freelancerId: string | null;
  firmId: string | null;
  locale: string;
  directChatId: string | null;
}

export function toLinked(row: IdentityRow): LinkedIdentity {
  return {
    id: row.id,
    channel: row.channel === 'SLACK' ? 'slack' : 'telegram',
    externalId: row.externalId,
    role: row.role,
    freelancerId: row.freelancerId,
    firmId: row.firmId,
    locale: row.locale === 'en' ? 'en' : 'fr',
    directChatId: row.directChatId,
  };
}
