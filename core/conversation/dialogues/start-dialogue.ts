import { redeemInvitation, selfOnboard, type LinkedIdentity } from '../chat-identities.ts';
import { EMPTY_REPLY, say, type ChatReply, type ChatTurn } from '../chat-types.ts';
import type { ConversationDeps } from '../conversation-session.ts';
import type { Intent } from '../intents.ts';
import { textsFor } from '../texts/texts.ts';

/**
 * Someone the bot does not know yet. Only an invitation code (or self-onboarding, where the
 * operator allows it) links them; in a group, strangers get no data and no noise.
 */
export async function strangerSays(
  deps: ConversationDeps,
  turn: ChatTurn,
  intent: Intent,
): Promise<ChatReply> {
  const t = textsFor('fr');
  if (!turn.isPrivate && !turn.addressed) {
    if (turn.replyToMessageId) return say(t.onlyHolder);
    if (intent.kind !== 'start') return EMPTY_REPLY;
  }
  if (intent.kind !== 'start') return say(t.needInvitation);
  const directChatId = turn.isPrivate ? turn.chatId : null;

  if (intent.code) {
    const outcome = await redeemInvitation(deps.db, {
      speaker: turn.speaker,
      code: intent.code,
      directChatId,
      now: deps.clock(),
    });
    switch (outcome.kind) {
      case 'invalid':
        return say(t.invitationInvalid);
      case 'already_linked':
        return say(textsFor(outcome.identity.locale).alreadyLinked);
      case 'linked':
        return welcome(outcome.identity, outcome.displayName);
    }
  }
  if (!deps.selfOnboarding) return say(t.needInvitation);
  const identity = await selfOnboard(deps.db, { speaker: turn.speaker, directChatId });
  deps.logger.info('chat identity self-onboarded', {
    channel: identity.channel,
    identityId: identity.id,
  });
  return welcome(identity, turn.speaker.displayName ?? '');
}

/** `/start` again from someone already linked: a new code rebinds them, else a reminder. */
export async function knownSays(
  deps: ConversationDeps,
  turn: ChatTurn,
  identity: LinkedIdentity,
  code: string | null,
): Promise<ChatReply> {
  const t = textsFor(identity.locale);
  if (!code) return say(t.alreadyLinked);
  return strangerSays(deps, turn, { kind: 'start', code });
}

function welcome(identity: LinkedIdentity, name: string): ChatReply {
  const t = textsFor(identity.locale);
  const firstName = name.split(/\s+/)[0] ?? '';
  return say(identity.role === 'STAFF' ? t.welcomeStaff : t.welcome(firstName));
}
