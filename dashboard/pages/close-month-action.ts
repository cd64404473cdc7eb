import { z } from 'zod';
import { staffPage } from '../dashboard-context.ts';
import { pathOf } from '../http/html.ts';
import { redirect } from '../http/dashboard-request.ts';
import { InvalidInputError } from './error-responses.ts';
import { withNotice } from './notices.ts';
import { MONTH_PATTERN, parseInput } from './parse-input.ts';

const closeParams = z.object({
  id: z.string().min(1).max(100),
  month: z.string().regex(MONTH_PATTERN),
});

/** Staff close a month: the collection stops asking for it. */
export const closeMonthAction = staffPage(async (context) => {
  const { id, month } = parseInput(closeParams, context.params);
  const months = context.services.months;
  if (!months) throw new InvalidInputError(['month']);
  await months.closeMonth({
    staff: context.staff,
    freelancerId: id,
    month,
    now: context.services.now(),
  });
  context.services.logger.info('staff closed a month', {
    staffId: context.staff.id,
    freelancerId: id,
    month,
  });
  return redirect(withNotice(pathOf('clients', id), 'mois-cloture', '#mois'));
});
