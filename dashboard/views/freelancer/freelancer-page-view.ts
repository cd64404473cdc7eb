import type { FreelancerOverview } from '../../../core/monitoring/freelancer-overview.ts';
import type { FirmFreelancer } from '../../../core/staff/firm-scope.ts';
import { html, pathOf, type SafeHtml } from '../../http/html.ts';
import type { MonthSummary, ReceiptLink } from '../../ports/dashboard-ports.ts';
import type { AccountLine } from '../../reads/freelancer-accounts.ts';
import type { TransactionLine } from '../../reads/recent-transactions.ts';
import type { ReminderLine } from '../../reads/reminders-sent.ts';
import { plural } from '../format.ts';
import { csrfField, layout, type PageFrame } from '../layout.ts';
import { accountsSection } from './accounts-section.ts';
import { remindersSection, workflowsSection, type WorkflowsState } from './activity-section.ts';
import { monthsSection } from './months-section.ts';
import { transactionsSection } from './transactions-section.ts';

export interface FreelancerPageData {
  readonly freelancer: FirmFreelancer;
  readonly overview: FreelancerOverview | null;
  readonly accounts: readonly AccountLine[];
  readonly month: string | null;
  readonly currentMonth: string;
  readonly transactions: readonly TransactionLine[];
  readonly receipts: ReadonlyMap<string, readonly ReceiptLink[]> | null;
  readonly months: readonly MonthSummary[] | null;
  readonly reminders: readonly ReminderLine[];
  readonly staffNames: ReadonlyMap<string, string>;
  readonly workflows: WorkflowsState;
}

export function freelancerPageView(frame: PageFrame, data: FreelancerPageData): SafeHtml {
  const id = data.freelancer.id;
  const toConfirm = data.overview?.toConfirmCount ?? 0;
  const content = html`<p><a href="/">← Tous les clients</a></p>
    <h1>${data.freelancer.displayName}</h1>
    <p class="muted">
      ${data.freelancer.email ?? 'pas d’e-mail'} ·
      ${plural(toConfirm, 'opération à confirmer', 'opérations à confirmer')}
    </p>
    <section class="card actions" id="actions">
      <form method="post" action="${pathOf('clients', id, 'relance')}" class="stack">
        ${csrfField(frame.csrfToken)}
        <label
          >Message ajouté à la relance (facultatif)
          <textarea name="note" maxlength="500" rows="2"></textarea>
        </label>
        <button type="submit">Envoyer une relance maintenant</button>
      </form>
      <form method="post" action="${pathOf('clients', id, 'invitation')}" class="inline">
        ${csrfField(frame.csrfToken)}
        <button type="submit" class="secondary">Nouveau code d'invitation</button>
      </form>
    </section>
    ${accountsSection(data.overview?.connections ?? [], data.accounts)}
    ${monthsSection({ freelancerId: id, months: data.months, currentMonth: data.currentMonth, csrfToken: frame.csrfToken })}
    ${transactionsSection({ freelancerId: id, month: data.month, transactions: data.transactions, receipts: data.receipts })}
    ${remindersSection(data.reminders, data.staffNames)} ${workflowsSection(data.workflows)}`;
  return layout(frame, content);
}
