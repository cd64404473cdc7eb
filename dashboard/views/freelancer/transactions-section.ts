import { categoryByCode } from '../../../core/categories/bnc-chart.ts';
import { formatMoney } from '../../../core/money/money.ts';
import { html, pathOf, type SafeHtml } from '../../http/html.ts';
import type { ReceiptLink } from '../../ports/dashboard-ports.ts';
import type { TransactionLine } from '../../reads/recent-transactions.ts';
import { categorySourceLabel, formatDay, monthLabel } from '../format.ts';

export function transactionsSection(input: {
  freelancerId: string;
  month: string | null;
  transactions: readonly TransactionLine[];
  /** Null when the receipts area is not available. */
  receipts: ReadonlyMap<string, readonly ReceiptLink[]> | null;
}): SafeHtml {
  const title = input.month ? `Opérations de ${monthLabel(input.month)}` : 'Opérations récentes';
  return html`<section class="card" id="operations">
    <h2>${title}</h2>
    ${input.month ? html`<p><a href="${pathOf('clients', input.freelancerId)}#operations">Voir les plus récentes</a></p>` : ''}
    ${
      input.transactions.length === 0
        ? html`<p class="muted">Aucune opération.</p>`
        : html`<table class="compact" id="transactions">
            <thead>
              <tr>
                <th>Date</th>
                <th>Libellé</th>
                <th class="amount">Montant</th>
                <th>Catégorie</th>
                <th>Justificatifs</th>
                <th></th>
              </tr>
            </thead>
            <tbody>
              ${input.transactions.map((line) => transactionRow(input.freelancerId, line, input.receipts))}
            </tbody>
          </table>`
    }
  </section>`;
}

function transactionRow(
  freelancerId: string,
  line: TransactionLine,
  receipts: ReadonlyMap<string, readonly ReceiptLink[]> | null,
): SafeHtml {
  const category = line.categoryCode
    ? (categoryByCode(line.categoryCode)?.labelFr ?? line.categoryCode)
    : 'Non classée';
  const files = receipts?.get(line.id) ?? [];
  return html`<tr data-transaction="${line.id}" class="${line.toConfirm ? 'to-confirm' : ''}">
    <td data-label="Date">${formatDay(line.date)}</td>
    <td data-label="Libellé">${line.label}<br /><span class="muted">${line.accountName}</span></td>
    <td data-label="Montant" class="amount ${line.amountCents < 0 ? 'out' : 'in'}">
      ${formatMoney(line.amountCents, line.currency)}
    </td>
    <td data-label="Catégorie">
      ${category}
      <span class="muted">(${categorySourceLabel(line.categorySource)})</span
      >${line.toConfirm ? html` <span class="badge warning">à confirmer</span>` : ''}
    </td>
    <td data-label="Justificatifs">
      ${
        receipts === null
          ? html`<span class="muted">?</span>`
          : files.length === 0
            ? html`<span class="muted">aucun</span>`
            : files.map(
                (file) =>
                  html`<a
                    href="${pathOf('clients', freelancerId, 'justificatifs', file.receiptId)}"
                    target="_blank"
                    rel="noopener"
                    >${file.fileName}</a
                  > `,
              )
      }
    </td>
    <td><a href="${pathOf('clients', freelancerId, 'operations', line.id)}">Reclasser</a></td>
  </tr>`;
}
