import { parisDateOf, type CalendarDate } from '../dates/calendar-date.ts';
import type { Database } from '../db/prisma-client.ts';
import type { Logger } from '../logging/logger.ts';
import type { LinkedIdentity } from './chat-identities.ts';
import type { ChatTurn } from './chat-types.ts';
import type { BankingPort, ReceiptsPort } from './conversation-ports.ts';
import { newQuestionId } from './pending-questions.ts';
import { textsFor, type Texts } from './texts/texts.ts';

/** What the conversation is built from; `pointage serve` and the tests provide it. */
export interface ConversationDeps {
  readonly db: Database;
  readonly receipts: ReceiptsPort;
  readonly banking: BankingPort;
  readonly clock: () => Date;
  readonly logger: Logger;
  /** Question ids; tests inject fixed ones to replay recorded payloads. */
  readonly newQuestionId?: () => string;
  /** Lets a chat identity without an invitation create its own freelancer. */
  readonly selfOnboarding?: boolean;
  /** How many categorisation questions are asked at a time. */
  readonly questionsPerBatch?: number;
}

/** One turn of a linked person: who, where, in which language, and when. */
export interface Session {
  readonly deps: ConversationDeps;
  readonly db: Database;
  readonly identity: LinkedIdentity;
  readonly turn: ChatTurn;
  readonly t: Texts;
  readonly now: Date;
  readonly today: CalendarDate;
  readonly newQuestionId: () => string;
}

export function openSession(
  deps: ConversationDeps,
  identity: LinkedIdentity,
  turn: ChatTurn,
): Session {
  const now = deps.clock();
  return {
    deps,
    db: deps.db,
    identity,
    turn,
    t: textsFor(identity.locale),
    now,
    today: parisDateOf(now),
    newQuestionId: deps.newQuestionId ?? newQuestionId,
  };
}

/** The freelancer the session speaks for; staff have none. */
export function freelancerOf(session: Session): string | null {
  return session.identity.role === 'FREELANCER' ? session.identity.freelancerId : null;
}
