import { z } from 'zod';
import { publicPage, type RequestContext } from '../dashboard-context.ts';
import { htmlResponse, redirect } from '../http/dashboard-request.ts';
import { html, type SafeHtml } from '../http/html.ts';
import { layout } from '../views/layout.ts';

const renewParams = z.object({ id: z.string().min(1).max(100) });
const bankReturn = z.object({
  code: z.string().min(1).max(2000),
  state: z.string().min(1).max(200),
});

function page(context: RequestContext, title: string, content: SafeHtml, status = 200) {
  return htmlResponse(
    layout(
      { title, staffName: null, csrfToken: context.csrfToken },
      html`<section class="card narrow">${content}</section>`,
    ),
    status,
  );
}

/**
 * The renew link of consent reminders: opens a new consent for the connection and sends the
 * person to the bank. The bank's own authentication is what protects it.
 */
export const renewConnectionPage = publicPage(async (context) => {
  const params = renewParams.safeParse(context.params);
  const links = context.services.bankLinks;
  if (!params.success || !links) {
    return page(
      context,
      'Renouvellement indisponible',
      html`<h1>Renouvellement indisponible</h1>
        <p>
          La connexion bancaire n'est pas configurée sur ce serveur. Renouvelez depuis la
          conversation.
        </p>`,
      404,
    );
  }
  try {
    const { url } = await links.renew(params.data.id);
    return redirect(url);
  } catch (error) {
    context.services.logger.warn('bank renewal refused', {
      connectionId: params.data.id,
      error: String(error),
    });
    return page(
      context,
      'Lien expiré',
      html`<h1>Ce lien ne mène plus à une connexion</h1>
        <p>
          La connexion a peut-être été déconnectée. Demandez un nouveau lien dans la conversation.
        </p>`,
      404,
    );
  }
});

/** Where the bank sends the person back (ENABLE_BANKING_REDIRECT_URL = this page). */
export const bankReturnPage = publicPage(async (context) => {
  const query = bankReturn.safeParse(Object.fromEntries(context.request.query));
  const links = context.services.bankLinks;
  if (!query.success || !links) {
    return page(
      context,
      'Retour de la banque',
      html`<h1>Retour de la banque incomplet</h1>
        <p>La banque n'a pas renvoyé d'autorisation. Recommencez depuis la conversation.</p>`,
      400,
    );
  }
  try {
    const result = await links.complete(query.data);
    const rows = result.accounts.map(
      (account) =>
        html`<li>
          ${account.name}${account.ibanTail ? html` (…${account.ibanTail})` : html``} —
          ${account.active ? 'suivi' : 'à activer depuis la conversation'}
        </li>`,
    );
    return page(
      context,
      'Banque connectée',
      html`<h1>Banque connectée</h1>
        <p>
          Accès valable jusqu'au
          ${result.validUntil.slice(8, 10)}/${result.validUntil.slice(5, 7)}/${result.validUntil.slice(0, 4)}.
        </p>
        <ul>
          ${rows}
        </ul>
        <p>Vous pouvez fermer cette page et revenir dans la conversation.</p>`,
    );
  } catch (error) {
    context.services.logger.warn('bank redirect refused', { error: String(error) });
    return page(
      context,
      'Autorisation refusée',
      html`<h1>Cette autorisation n'a pas pu être enregistrée</h1>
        <p>Le lien a peut-être déjà servi ou expiré. Recommencez depuis la conversation.</p>`,
      400,
    );
  }
});
