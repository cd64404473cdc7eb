import { decodeContinuation, encodeContinuation, parameterMismatch } from './continuation.ts';
import { renderRows, selectRows } from './render-rows.ts';
import { renderAccount, sessionStatus } from './routes-consent.ts';
import { apiError, json, type Reply } from './standin-http.ts';
import { findAccount, type StandInState } from './standin-state.ts';

type Found = NonNullable<ReturnType<typeof findAccount>>;

/** The session checks every data call goes through, in the order a bank answers them. */
function checkAccess(state: StandInState, uid: string): Found | Reply {
  const found = findAccount(state, uid);
  if (!found) return apiError(404, 'ACCOUNT_NOT_FOUND', 'unknown account');
  switch (sessionStatus(state, found.session)) {
    case 'CLOSED':
      return apiError(401, 'CLOSED_SESSION', 'Session is closed');
    case 'REVOKED':
      return apiError(401, 'REVOKED_SESSION', 'Session has been revoked by the PSU');
    case 'EXPIRED':
      return apiError(401, 'EXPIRED_SESSION', 'Session has expired');
    default:
      break;
  }
  if (state.switches.bankDown) return apiError(500, 'ASPSP_ERROR', 'ASPSP returned an error');
  if (state.switches.psuActionRequired) {
    return apiError(400, 'ASPSP_PSU_ACTION_REQUIRED', 'PSU action is required at the ASPSP');
  }
  return found;
}

/** Counts a first-page call of one scope; past the daily limit the bank refuses (B02). */
function overDailyLimit(state: StandInState, index: number, scope: string): boolean {
  const limit = state.switches.dailyCallLimit;
  const key = `${index}|${scope}|${state.now().toISOString().slice(0, 10)}`;
  const calls = (state.dailyCalls.get(key) ?? 0) + 1;
  state.dailyCalls.set(key, calls);
  return limit !== null && calls > limit;
}

const rateLimited = () =>
  apiError(429, 'ASPSP_RATE_LIMIT_EXCEEDED', 'ASPSP rate limit exceeded: 4 requests per day');

export function getDetails(state: StandInState, uid: string): Reply {
  const found = checkAccess(state, uid);
  if ('status' in found) return found;
  return json(200, renderAccount(state, uid, found.index));
}

export function getBalances(state: StandInState, uid: string): Reply {
  const found = checkAccess(state, uid);
  if ('status' in found) return found;
  if (overDailyLimit(state, found.index, 'balances')) return rateLimited();
  return json(200, {
    balances: [
      {
        name: 'Solde comptable',
        balance_amount: { currency: found.account.currency, amount: found.account.balance },
        balance_type: 'CLBD',
        reference_date: state.now().toISOString().slice(0, 10),
        last_change_date_time: null,
      },
    ],
  });
}

export function getTransactions(state: StandInState, uid: string, query: URLSearchParams): Reply {
  const found = checkAccess(state, uid);
  if ('status' in found) return found;
  const params = {
    dateFrom: query.get('date_from'),
    dateTo: query.get('date_to'),
    status: query.get('transaction_status'),
    strategy: query.get('strategy'),
  };
  const key = query.get('continuation_key');
  const { switches } = state;

  let offset = 0;
  let generation: number;
  if (key) {
    const decoded = decodeContinuation(key);
    if (!decoded || decoded.account !== uid) {
      return apiError(422, 'WRONG_CONTINUATION_KEY', 'continuation key is not valid');
    }
    // Strict banks compare every parameter with the ones the key was made for (B10).
    const mismatch = parameterMismatch(decoded, params);
    if (mismatch) return apiError(422, 'WRONG_REQUEST_PARAMETERS', mismatch);
    offset = decoded.offset;
    generation = decoded.generation;
  } else {
    if (overDailyLimit(state, found.index, 'transactions')) return rateLimited();
    generation = (state.generations.get(found.index) ?? 0) + 1;
    state.generations.set(found.index, generation);
  }

  // Rendered whole before paging: positional references count the whole day.
  const rows = renderRows(selectRows(found.account.rows, params), switches, generation);
  const nextKey = (at: number) =>
    encodeContinuation({ ...params, account: uid, offset: at, generation });
  if (key && switches.repeatedKey) {
    // B11: the bank answers page 2 with page 1's rows and the very key it was given.
    return json(200, { transactions: rows.slice(0, switches.pageSize), continuation_key: key });
  }
  if (key && switches.emptyPageWithKey) {
    return json(200, { transactions: [], continuation_key: nextKey(offset + switches.pageSize) });
  }
  const page = rows.slice(offset, offset + switches.pageSize);
  const more = offset + switches.pageSize < rows.length;
  return json(200, {
    transactions: page,
    continuation_key: more ? nextKey(offset + switches.pageSize) : null,
  });
}
