import nodemailer from 'nodemailer';
import type { Logger } from '../logging/logger.ts';
import type { Mailer, MailMessage } from './notifier.ts';

export interface SmtpMailerOptions {
  /** `smtp://user:pass@host:587`, `smtps://…:465`; credentials stay inside the transport. */
  readonly url: string;
  /** `Pointage <pointage@cabinet.fr>` */
  readonly from: string;
  readonly logger: Logger;
  readonly timeoutMs?: number;
}

export type SmtpMailer = Mailer & { close(): void };

/**
 * E-mail through any SMTP relay (nodemailer). A refused or unreachable relay throws, so that the
 * calling activity retries; the log keeps the recipient's domain only, never the text.
 */
export function createSmtpMailer(options: SmtpMailerOptions): SmtpMailer {
  const timeout = options.timeoutMs ?? 30_000;
  const transport = nodemailer.createTransport({
    url: options.url,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  });
  return {
    async send(message: MailMessage) {
      const info = await transport.sendMail({
        from: options.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.html ? { html: message.html } : {}),
      });
      options.logger.info('mail sent', {
        toDomain: message.to.split('@').at(-1) ?? '',
        messageId: info.messageId,
      });
      return { messageId: info.messageId };
    },
    close: () => transport.close(),
  };
}
