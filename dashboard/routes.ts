import type { Page } from './dashboard-context.ts';
import type { Route } from './http/router.ts';
import { bankReturnPage, renewConnectionPage } from './pages/bank-link-pages.ts';
import { closeMonthAction } from './pages/close-month-action.ts';
import { freelancerPage } from './pages/freelancer-page.ts';
import { inviteExistingAction, inviteFormPage, inviteNewAction } from './pages/invite-pages.ts';
import { listPage } from './pages/list-page.ts';
import { loginAction, loginPage, logoutAction } from './pages/login-pages.ts';
import { receiptFilePage } from './pages/receipt-file-page.ts';
import { recategoriseAction, recategorisePage } from './pages/recategorise-pages.ts';
import { reminderAction } from './pages/reminder-action.ts';
import { stylesheet } from './pages/static-files.ts';

/** Every page of the dashboard. Pages made with `staffPage` need a signed-in staff member. */
export const DASHBOARD_ROUTES: readonly Route<Page>[] = [
  { method: 'GET', pattern: '/static/dashboard.css', handler: stylesheet },
  { method: 'GET', pattern: '/connexion', handler: loginPage },
  { method: 'POST', pattern: '/connexion', handler: loginAction },
  { method: 'POST', pattern: '/deconnexion', handler: logoutAction },
  { method: 'GET', pattern: '/', handler: listPage },
  { method: 'GET', pattern: '/clients/:id', handler: freelancerPage },
  { method: 'POST', pattern: '/clients/:id/relance', handler: reminderAction },
  { method: 'POST', pattern: '/clients/:id/invitation', handler: inviteExistingAction },
  { method: 'POST', pattern: '/clients/:id/mois/:month/cloture', handler: closeMonthAction },
  { method: 'GET', pattern: '/clients/:id/operations/:transactionId', handler: recategorisePage },
  {
    method: 'POST',
    pattern: '/clients/:id/operations/:transactionId/categorie',
    handler: recategoriseAction,
  },
  { method: 'GET', pattern: '/clients/:id/justificatifs/:receiptId', handler: receiptFilePage },
  { method: 'GET', pattern: '/invitations/nouvelle', handler: inviteFormPage },
  { method: 'POST', pattern: '/invitations', handler: inviteNewAction },
  { method: 'GET', pattern: '/connexions/:id/renouveler', handler: renewConnectionPage },
  { method: 'GET', pattern: '/banque/retour', handler: bankReturnPage },
];
