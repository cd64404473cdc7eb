import { html, type SafeHtml } from '../http/html.ts';

export interface PageFrame {
  readonly title: string;
  /** The signed-in staff member's name; null on the login page. */
  readonly staffName: string | null;
  readonly csrfToken: string;
  readonly notice?: Notice | null;
}

export interface Notice {
  readonly tone: 'ok' | 'warning' | 'danger';
  readonly text: string;
}

/** The page shell: header with navigation and sign-out, a notice, the content. No script. */
export function layout(frame: PageFrame, content: SafeHtml): SafeHtml {
  return html`<!doctype html>
    <html lang="fr">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${frame.title} · Pointage</title>
        <link rel="stylesheet" href="/static/dashboard.css" />
      </head>
      <body>
        <header class="top">
          <a class="brand" href="/">Pointage <span>cabinet</span></a>
          ${
            frame.staffName
              ? html`<nav>
                  <a href="/">Clients</a>
                  <a href="/invitations/nouvelle">Inviter un client</a>
                  <form method="post" action="/deconnexion" class="inline">
                    ${csrfField(frame.csrfToken)}
                    <button type="submit" class="link" title="${frame.staffName}">
                      Se déconnecter
                    </button>
                  </form>
                </nav>`
              : ''
          }
        </header>
        <main>
          ${frame.notice ? html`<p class="notice ${frame.notice.tone}" role="status">${frame.notice.text}</p>` : ''}
          ${content}
        </main>
      </body>
    </html>`;
}

export function csrfField(token: string): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${token}" />`;
}
