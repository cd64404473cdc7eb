import { z } from 'zod';
import { inviteFreelancer } from '../../core/staff/invite-freelancer.ts';
import { frameOf, staffPage } from '../dashboard-context.ts';
import { htmlResponse } from '../http/dashboard-request.ts';
import { invitationCreatedView, inviteFormView } from '../views/invite-view.ts';
import { freelancerParams } from './freelancer-page.ts';
import { parseInput } from './parse-input.ts';

const inviteForm = z.object({
  nom: z.string().trim().min(1).max(120),
  email: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((email) => email || null)
    .pipe(z.string().email().nullable()),
});

export const inviteFormPage = staffPage(async (context) =>
  htmlResponse(inviteFormView(frameOf(context, 'Inviter un client'), { name: '', email: '' })),
);

// The code is shown in the answer to the POST and nowhere else: not in a URL, not in the logs.
export const inviteNewAction = staffPage(async (context) => {
  const form = parseInput(inviteForm, context.request.form);
  const invitation = await inviteFreelancer(context.services.db, {
    staff: context.staff,
    now: context.services.now(),
    displayName: form.nom,
    email: form.email,
  });
  context.services.logger.info('staff invited a freelancer', {
    staffId: context.staff.id,
    freelancerId: invitation.freelancerId,
  });
  return htmlResponse(invitationCreatedView(frameOf(context, "Code d'invitation"), invitation));
});

export const inviteExistingAction = staffPage(async (context) => {
  const { id } = parseInput(freelancerParams, context.params);
  const invitation = await inviteFreelancer(context.services.db, {
    staff: context.staff,
    now: context.services.now(),
    freelancerId: id,
  });
  context.services.logger.info('staff renewed an invitation', {
    staffId: context.staff.id,
    freelancerId: id,
  });
  return htmlResponse(invitationCreatedView(frameOf(context, "Code d'invitation"), invitation));
});
