import { z } from 'zod';
import { sendStaffReminder } from '../../core/staff/send-staff-reminder.ts';
import { staffPage } from '../dashboard-context.ts';
import { pathOf } from '../http/html.ts';
import { redirect } from '../http/dashboard-request.ts';
import { freelancerParams } from './freelancer-page.ts';
import { withNotice } from './notices.ts';
import { parseInput } from './parse-input.ts';

const reminderForm = z.object({
  note: z
    .string()
    .trim()
    .max(500)
    .optional()
    .transform((note) => note || null),
});

/** "Envoyer une relance maintenant": through the Notifier, the freelancer's chat. */
export const reminderAction = staffPage(async (context) => {
  const { id } = parseInput(freelancerParams, context.params);
  const { note } = parseInput(reminderForm, context.request.form);
  const outcome = await sendStaffReminder(
    { db: context.services.db, notifier: context.services.notifier },
    { staff: context.staff, freelancerId: id, note, now: context.services.now() },
  );
  context.services.logger.info('staff reminder sent', {
    staffId: context.staff.id,
    freelancerId: id,
    channels: outcome.delivered,
  });
  const code = outcome.delivered.length > 0 ? 'relance' : 'relance-sans-canal';
  return redirect(withNotice(pathOf('clients', id), code, '#relances'));
});
