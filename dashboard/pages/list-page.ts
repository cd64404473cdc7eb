import { freelancerOverviews } from '../../core/monitoring/freelancer-overview.ts';
import { frameOf, staffPage } from '../dashboard-context.ts';
import { htmlResponse } from '../http/dashboard-request.ts';
import { freelancerListView } from '../views/freelancer-list-view.ts';
import { filterOverviews, listQuerySchema } from './list-query.ts';
import { noticeOf } from './notices.ts';
import { parseInput } from './parse-input.ts';

/** The firm's freelancers in the overview's order (who needs staff first), filtered. */
export const listPage = staffPage(async (context) => {
  const query = parseInput(listQuerySchema, context.request.query);
  const problems = await context.services.problemsFor(context.staff.firmId);
  const overviews = await freelancerOverviews(context.services.db, {
    firmId: context.staff.firmId,
    now: context.services.now(),
    workflowProblems: problems.problems,
  });
  const rows = filterOverviews(overviews, query);
  const frame = frameOf(context, 'Clients', noticeOf(context.request.query));
  return htmlResponse(
    freelancerListView(frame, {
      rows,
      total: overviews.length,
      query,
      problems,
      temporalUi: context.services.temporalUi,
    }),
  );
});
