import { html, pathOf, type SafeHtml } from '../http/html.ts';
import { formatDateTime } from './format.ts';
import { csrfField, layout, type PageFrame } from './layout.ts';

export function inviteFormView(frame: PageFrame, input: { name: string; email: string }): SafeHtml {
  const content = html`<section class="card narrow">
    <h1>Inviter un client</h1>
    <p class="muted">Le client reçoit un code à envoyer au bot Pointage dans Slack ou Telegram.</p>
    <form method="post" action="/invitations" class="stack">
      ${csrfField(frame.csrfToken)}
      <label
        >Nom du client <input name="nom" required maxlength="120" value="${input.name}"
      /></label>
      <label
        >E-mail (facultatif)
        <input type="email" name="email" maxlength="200" value="${input.email}"
      /></label>
      <button type="submit">Créer le code d'invitation</button>
    </form>
  </section>`;
  return layout(frame, content);
}

export function invitationCreatedView(
  frame: PageFrame,
  input: { freelancerId: string; displayName: string; code: string; expiresAt: Date },
): SafeHtml {
  const content = html`<section class="card narrow">
    <h1>Code d'invitation</h1>
    <p>Pour <strong>${input.displayName}</strong> :</p>
    <p class="code" id="invitation-code">${input.code}</p>
    <p>
      À envoyer au bot Pointage (Slack ou Telegram). Valable jusqu'au
      ${formatDateTime(input.expiresAt)}, une seule fois. Ce code n'est affiché qu'ici : notez-le
      avant de quitter la page.
    </p>
    <p><a href="${pathOf('clients', input.freelancerId)}">Voir la fiche du client</a></p>
  </section>`;
  return layout(frame, content);
}
