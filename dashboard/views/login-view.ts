import { html, type SafeHtml } from '../http/html.ts';
import { csrfField, layout, type Notice } from './layout.ts';

export function loginView(input: {
  csrfToken: string;
  email: string;
  next: string;
  notice: Notice | null;
}): SafeHtml {
  const content = html`<section class="card narrow">
    <h1>Connexion</h1>
    <p class="muted">Espace réservé aux collaborateurs du cabinet.</p>
    <form method="post" action="/connexion" class="stack">
      ${csrfField(input.csrfToken)}
      <input type="hidden" name="suite" value="${input.next}" />
      <label
        >Adresse e-mail
        <input type="email" name="email" autocomplete="username" required value="${input.email}" />
      </label>
      <label
        >Mot de passe
        <input type="password" name="password" autocomplete="current-password" required />
      </label>
      <button type="submit">Se connecter</button>
    </form>
  </section>`;
  return layout(
    { title: 'Connexion', staffName: null, csrfToken: input.csrfToken, notice: input.notice },
    content,
  );
}
