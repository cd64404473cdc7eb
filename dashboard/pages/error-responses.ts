import {
  UnknownCategoryError,
  TransactionNotFoundError,
} from '../../core/ledger/confirm-category.ts';
import type { Logger } from '../../core/logging/logger.ts';
import { FreelancerNotInFirmError } from '../../core/staff/firm-scope.ts';
import { htmlResponse, type DashboardResponse } from '../http/dashboard-request.ts';
import { errorView } from '../views/error-view.ts';

/** A form or query that did not pass its schema. */
export class InvalidInputError extends Error {
  readonly code = 'INVALID_INPUT';
  constructor(readonly fields: readonly string[]) {
    super(`invalid input: ${fields.join(', ')}`);
  }
}

const PROBLEMS: Record<number, { title: string; text: string }> = {
  400: {
    title: 'Demande incorrecte',
    text: 'Le formulaire contient une valeur inattendue. Revenez en arrière et réessayez.',
  },
  403: {
    title: 'Action refusée',
    text: 'Le formulaire a expiré ou ne vient pas de ce tableau de bord. Rechargez la page et recommencez.',
  },
  404: {
    title: 'Introuvable',
    text: "Cette page n'existe pas, ou ce client n'est pas suivi par votre cabinet.",
  },
  405: { title: 'Action impossible', text: "Cette adresse ne s'utilise pas ainsi." },
  500: {
    title: 'Erreur',
    text: 'Une erreur est survenue ; elle a été notée. Réessayez dans un instant.',
  },
};

export function problemResponse(status: number, csrfToken: string): DashboardResponse {
  const problem = PROBLEMS[status] ?? PROBLEMS[500]!;
  return htmlResponse(errorView({ ...problem, staffName: null, csrfToken }), status);
}

/** Known domain errors become their page; anything else is logged (message only) and a 500. */
export function errorResponse(
  error: unknown,
  logger: Logger,
  path: string,
  csrfToken: string,
): DashboardResponse {
  if (error instanceof FreelancerNotInFirmError || error instanceof TransactionNotFoundError) {
    return problemResponse(404, csrfToken);
  }
  if (error instanceof InvalidInputError || error instanceof UnknownCategoryError) {
    return problemResponse(400, csrfToken);
  }
  logger.error('dashboard request failed', {
    path,
    error: error instanceof Error ? error.message : String(error),
  });
  return problemResponse(500, csrfToken);
}
