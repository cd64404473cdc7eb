import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpCatcher, type SmtpCatcher } from '../../test/support/smtp-catcher.ts';
import { silentLogger } from '../logging/logger.ts';
import { createSmtpMailer } from './smtp-mailer.ts';

let catcher: SmtpCatcher;
beforeAll(async () => {
  catcher = await startSmtpCatcher();
});
afterAll(async () => {
  await catcher.stop();
});

describe('SMTP mailer', () => {
  it('delivers French text to a real SMTP server, accents intact in subject and body', async () => {
    const mailer = createSmtpMailer({
      url: catcher.url,
      from: 'Pointage <pointage@cabinet.test>',
      logger: silentLogger,
    });
    const sent = await mailer.send({
      to: 'ines@exemple.test',
      subject: 'Votre accès bancaire expire demain — à renouveler',
      text: 'Bonjour Inès,\n\nRenouvelez l’accès : http://127.0.0.1:8080/connexions/abc/renouveler',
    });
    mailer.close();
    expect(sent.messageId).toMatch(/@/);
    expect(catcher.mails).toHaveLength(1);
    expect(catcher.mails[0]).toMatchObject({
      from: 'pointage@cabinet.test',
      to: ['ines@exemple.test'],
      subject: 'Votre accès bancaire expire demain — à renouveler',
    });
    expect(catcher.mails[0]?.text).toContain('Bonjour Inès,');
    expect(catcher.mails[0]?.text).toContain('http://127.0.0.1:8080/connexions/abc/renouveler');
  });

  it('throws when the relay is unreachable, so that the activity retries', async () => {
    const mailer = createSmtpMailer({
      url: 'smtp://127.0.0.1:9',
      from: 'p@cabinet.test',
      logger: silentLogger,
      timeoutMs: 2_000,
    });
    await expect(mailer.send({ to: 'a@b.test', subject: 's', text: 't' })).rejects.toThrow();
    mailer.close();
  });
});
