import type {
  StandInAccount,
  StandInAuthorisation,
  StandInBank,
  StandInCall,
  StandInSession,
  StandInSwitches,
} from './standin-types.ts';

/** Everything the stand-in remembers; tests read and change it directly. */
export interface StandInState {
  readonly applicationId: string;
  readonly redirectUrls: string[];
  readonly banks: StandInBank[];
  /** The person's accounts at the bank, shared by every session. */
  readonly accounts: StandInAccount[];
  readonly switches: StandInSwitches;
  readonly authorisations: Map<string, StandInAuthorisation>;
  readonly sessions: Map<string, StandInSession>;
  readonly calls: StandInCall[];
  /** First-page calls per `account|scope|day`, for the daily limit. */
  readonly dailyCalls: Map<string, number>;
  /** Syncs per account, for id churn. */
  readonly generations: Map<number, number>;
  now(): Date;
  nextId(prefix: string): string;
}

export function createStandInState(input: {
  applicationId: string;
  redirectUrls: string[];
  banks: StandInBank[];
  accounts: StandInAccount[];
  switches: StandInSwitches;
  now: () => Date;
}): StandInState {
  let counter = 0;
  return {
    ...input,
    authorisations: new Map(),
    sessions: new Map(),
    calls: [],
    dailyCalls: new Map(),
    generations: new Map(),
    nextId: (prefix) => {
      counter += 1;
      return `${prefix}-${counter.toString().padStart(4, '0')}-${Math.random().toString(36).slice(2, 8)}`;
    },
  };
}

/** The session an account uid belongs to, with the person's account behind it. */
export function findAccount(
  state: StandInState,
  uid: string,
): { session: StandInSession; index: number; account: StandInAccount } | null {
  for (const session of state.sessions.values()) {
    const index = session.accounts.get(uid);
    const account = index === undefined ? undefined : state.accounts[index];
    if (index !== undefined && account) return { session, index, account };
  }
  return null;
}
