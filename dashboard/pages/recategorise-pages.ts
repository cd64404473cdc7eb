import { z } from 'zod';
import { TransactionNotFoundError } from '../../core/ledger/confirm-category.ts';
import { requireFirmFreelancer } from '../../core/staff/firm-scope.ts';
import { recategoriseByStaff } from '../../core/staff/recategorise-by-staff.ts';
import { frameOf, staffPage } from '../dashboard-context.ts';
import { pathOf } from '../http/html.ts';
import { htmlResponse, redirect } from '../http/dashboard-request.ts';
import { transactionOf } from '../reads/recent-transactions.ts';
import { recategoriseView } from '../views/recategorise-view.ts';
import { withNotice } from './notices.ts';
import { parseInput } from './parse-input.ts';

const transactionParams = z.object({
  id: z.string().min(1).max(100),
  transactionId: z.string().min(1).max(100),
});
const categoryForm = z.object({ categorie: z.string().regex(/^[A-Z0-9_]{2,60}$/) });

export const recategorisePage = staffPage(async (context) => {
  const { id, transactionId } = parseInput(transactionParams, context.params);
  const freelancer = await requireFirmFreelancer(context.services.db, context.staff.firmId, id);
  const transaction = await transactionOf(context.services.db, { freelancerId: id, transactionId });
  if (!transaction) throw new TransactionNotFoundError(transactionId);
  return htmlResponse(
    recategoriseView(frameOf(context, 'Reclasser'), {
      freelancerId: id,
      freelancerName: freelancer.displayName,
      transaction,
    }),
  );
});

/** The category staff chose, with source STAFF; the freelancer hears of it in chat. */
export const recategoriseAction = staffPage(async (context) => {
  const { id, transactionId } = parseInput(transactionParams, context.params);
  const { categorie } = parseInput(categoryForm, context.request.form);
  const outcome = await recategoriseByStaff(
    { db: context.services.db, notifier: context.services.notifier },
    {
      staff: context.staff,
      freelancerId: id,
      transactionId,
      categoryCode: categorie,
      now: context.services.now(),
    },
  );
  context.services.logger.info('staff changed a category', {
    staffId: context.staff.id,
    freelancerId: id,
    transactionId,
    alsoSettled: outcome.alsoSettled,
  });
  const code = outcome.delivered.length > 0 ? 'reclasse' : 'reclasse-sans-canal';
  return redirect(withNotice(pathOf('clients', id), code, '#operations'));
});
