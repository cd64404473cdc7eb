import { BNC_CHART, categoryByCode, type CategoryKind } from '../../core/categories/bnc-chart.ts';
import { formatMoney } from '../../core/money/money.ts';
import { html, pathOf, type SafeHtml } from '../http/html.ts';
import type { TransactionLine } from '../reads/recent-transactions.ts';
import { categorySourceLabel, formatDay } from './format.ts';
import { csrfField, layout, type PageFrame } from './layout.ts';

const GROUPS: ReadonlyArray<readonly [CategoryKind, string]> = [
  ['recette', 'Recettes'],
  ['depense', 'Dépenses'],
  ['hors_books', 'Hors recettes et dépenses'],
];

export function recategoriseView(
  frame: PageFrame,
  input: { freelancerId: string; freelancerName: string; transaction: TransactionLine },
): SafeHtml {
  const line = input.transaction;
  const current = line.categoryCode
    ? (categoryByCode(line.categoryCode)?.labelFr ?? line.categoryCode)
    : 'Non classée';
  const content = html`<p>
      <a href="${pathOf('clients', input.freelancerId)}#operations">← ${input.freelancerName}</a>
    </p>
    <section class="card narrow">
      <h1>Reclasser une opération</h1>
      <dl class="facts">
        <dt>Date</dt>
        <dd>${formatDay(line.date)}</dd>
        <dt>Libellé</dt>
        <dd>${line.label}</dd>
        <dt>Montant</dt>
        <dd>${formatMoney(line.amountCents, line.currency)}</dd>
        <dt>Catégorie actuelle</dt>
        <dd>${current} (${categorySourceLabel(line.categorySource)})</dd>
      </dl>
      <form
        method="post"
        action="${pathOf('clients', input.freelancerId, 'operations', line.id, 'categorie')}"
        class="stack"
      >
        ${csrfField(frame.csrfToken)}
        <label
          >Nouvelle catégorie
          <select name="categorie" required>
            ${GROUPS.map(
              ([kind, label]) =>
                html`<optgroup label="${label}">
                  ${BNC_CHART.filter((category) => category.kind === kind).map(
                    (category) =>
                      html`<option
                        value="${category.code}"
                        ${category.code === line.categoryCode ? html` selected` : ''}
                      >
                        ${category.line2035 ? `${category.line2035} · ` : ''}${category.labelFr}
                      </option>`,
                  )}
                </optgroup>`,
            )}
          </select>
        </label>
        <p class="muted">
          Le client est prévenu dans sa messagerie ; les autres opérations à confirmer du même tiers
          suivent ce choix.
        </p>
        <button type="submit">Reclasser</button>
      </form>
    </section>`;
  return layout(frame, content);
}
