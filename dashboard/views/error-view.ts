import { html, type SafeHtml } from '../http/html.ts';
import { layout } from './layout.ts';

export function errorView(input: {
  title: string;
  text: string;
  staffName: string | null;
  csrfToken: string;
}): SafeHtml {
  const content = html`<section class="card narrow">
    <h1>${input.title}</h1>
    <p>${input.text}</p>
    <p><a href="/">Retour à la liste des clients</a></p>
  </section>`;
  return layout(
    { title: input.title, staffName: input.staffName, csrfToken: input.csrfToken },
    content,
  );
}
