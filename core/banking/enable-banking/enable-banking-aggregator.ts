import { parisDateOf } from '../../dates/calendar-date.ts';
import type { ParsedTransaction } from '../../statements/statement-types.ts';
import type { BankAggregator, BankSummary, PsuType } from '../aggregator.ts';
import { AggregatorError, PermanentAggregatorError } from '../aggregator-errors.ts';
import { searchBanks } from '../bank-search.ts';
import { mapEbAccount, mapEbBalances } from './eb-accounts.ts';
import { consentValidUntil } from './eb-consent.ts';
import { createEbHttp, type EbHttp, type EbHttpOptions } from './eb-http.ts';
import { readAllPages } from './eb-pagination.ts';
import {
  ebApplicationSchema,
  ebAspspListSchema,
  ebAuthResponseSchema,
  ebBalancesSchema,
  ebSessionSchema,
  ebSessionStatusSchema,
  ebTransactionPageSchema,
  type EbAspsp,
} from './eb-schemas.ts';
import { mapEbTransaction } from './eb-transactions.ts';
import { z } from 'zod';

export interface EnableBankingOptions extends EbHttpOptions {
  /** Kept off the bank's maximum consent; at least one day (B09). */
  readonly consentMarginSeconds?: number;
}

export type EnableBankingAggregator = BankAggregator & {
  /** The application as Enable Banking knows it: a cheap check of the key and app id. */
  getApplication(): Promise<{ name: string; redirectUrls: readonly string[] }>;
};

const id = (value: string) => encodeURIComponent(value);

export function createEnableBankingAggregator(
  options: EnableBankingOptions,
): EnableBankingAggregator {
  const http: EbHttp = createEbHttp(options);

  const listAspsps = async (country: string): Promise<EbAspsp[]> => {
    const answer = await http({
      method: 'GET',
      path: '/aspsps',
      operation: 'GET /aspsps',
      query: { country: country.toUpperCase() },
      schema: ebAspspListSchema,
    });
    return answer.aspsps;
  };

  return {
    provider: 'ENABLE_BANKING',

    async getApplication() {
      const app = await http({
        method: 'GET',
        path: '/application',
        operation: 'GET /application',
        schema: ebApplicationSchema,
      });
      return { name: app.name, redirectUrls: app.redirect_urls };
    },

    async listBanks(query) {
      const aspsps = await listAspsps(query.country);
      return searchBanks(aspsps.map(toBankSummary), query.search);
    },

    async startAuthorisation(request) {
      const aspsps = await listAspsps(request.bank.country);
      const bank = aspsps.find((aspsp) => aspsp.name === request.bank.name);
      if (!bank) {
        throw new PermanentAggregatorError(
          `Enable Banking knows no bank "${request.bank.name}" in ${request.bank.country}`,
          { providerCode: null, status: null, operation: 'POST /auth' },
        );
      }
      // One clock reading for the whole computation (B09).
      const validUntil = consentValidUntil({
        now: options.clock(),
        maximumConsentSeconds: bank.maximum_consent_validity ?? null,
        ...(options.consentMarginSeconds ? { marginSeconds: options.consentMarginSeconds } : {}),
      });
      const answer = await http({
        method: 'POST',
        path: '/auth',
        operation: 'POST /auth',
        body: {
          access: { valid_until: validUntil.toISOString() },
          aspsp: { name: bank.name, country: bank.country },
          state: request.state,
          redirect_url: request.redirectUrl,
          psu_type: request.psuType,
        },
        schema: ebAuthResponseSchema,
      });
      return { url: answer.url, authorisationId: answer.authorization_id, validUntil };
    },

    async completeAuthorisation(code) {
      const session = await http({
        method: 'POST',
        path: '/sessions',
        operation: 'POST /sessions',
        body: { code },
        schema: ebSessionSchema,
      });
      return {
        sessionId: session.session_id,
        validUntil: new Date(session.access.valid_until),
        bank: { name: session.aspsp.name, country: session.aspsp.country },
        accounts: session.accounts.map(mapEbAccount),
      };
    },

    async getSessionStatus(sessionId) {
      const session = await http({
        method: 'GET',
        path: `/sessions/${id(sessionId)}`,
        operation: 'GET /sessions/{id}',
        schema: ebSessionStatusSchema,
      });
      return session.status;
    },

    async fetchTransactions(accountId, window) {
      const fetchDay = parisDateOf(options.clock());
      // The same parameters on every page; only the key is added (B10).
      const query = { date_from: window.dateFrom, date_to: window.dateTo };
      const paged = await readAllPages((continuationKey) =>
        http({
          method: 'GET',
          path: `/accounts/${id(accountId)}/transactions`,
          operation: 'GET /accounts/{id}/transactions',
          query: { ...query, continuation_key: continuationKey },
          schema: ebTransactionPageSchema,
        }),
      );
      const transactions: ParsedTransaction[] = [];
      const skipped: string[] = [];
      paged.rows.forEach((row, index) => {
        const mapped = mapEbTransaction(row, { fetchDay, line: index + 1 });
        if (mapped.ok) transactions.push(mapped.value);
        else skipped.push(`row ${index + 1}: ${mapped.error}`);
      });
      return {
        transactions,
        complete: paged.complete,
        stop: paged.stop,
        pages: paged.pages,
        skipped,
      };
    },

    async fetchBalances(accountId) {
      const answer = await http({
        method: 'GET',
        path: `/accounts/${id(accountId)}/balances`,
        operation: 'GET /accounts/{id}/balances',
        schema: ebBalancesSchema,
      });
      return mapEbBalances(answer, parisDateOf(options.clock()));
    },

    async revokeSession(sessionId) {
      try {
        await http({
          method: 'DELETE',
          path: `/sessions/${id(sessionId)}`,
          operation: 'DELETE /sessions/{id}',
          schema: z.unknown(),
        });
      } catch (error) {
        // Already expired, closed or unknown: the consent is gone either way.
        const gone =
          error instanceof AggregatorError &&
          (error.kind === 'CONSENT_EXPIRED' ||
            error.kind === 'CONSENT_REVOKED' ||
            error.status === 404);
        if (!gone) throw error;
      }
    },
  };
}

function toBankSummary(aspsp: EbAspsp): BankSummary {
  return {
    name: aspsp.name,
    country: aspsp.country,
    maximumConsentSeconds: aspsp.maximum_consent_validity ?? null,
    psuTypes: aspsp.psu_types.filter(
      (type): type is PsuType => type === 'personal' || type === 'business',
    ),
    logoUrl: aspsp.logo,
  };
}
