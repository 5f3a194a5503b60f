import nodemailer from 'nodemailer';
import type { FastifyBaseLogger } from 'fastify';

export type Mail = { to: string; subject: string; text: string; link?: string };

export type Mailer = {
  /** Whether mail really leaves the server (SMTP_URL is set). */
  readonly configured: boolean;
  /** Sends the mail; resolves true when it was handed to SMTP, false when it was only logged. */
  send(mail: Mail): Promise<boolean>;
};

export function createMailer(
  opts: { smtpUrl: string | undefined; from: string },
  log: FastifyBaseLogger,
): Mailer {
  if (!opts.smtpUrl) {
    return {
      configured: false,
      async send(mail) {
        log.warn(
          { to: mail.to, subject: mail.subject },
          `Email not sent because SMTP_URL is not set. To: ${mail.to}. Subject: ${mail.subject}.${
            mail.link ? ` Link: ${mail.link}` : ''
          }`,
        );
        return false;
      },
    };
  }
  const transport = nodemailer.createTransport(opts.smtpUrl);
  return {
    configured: true,
    async send(mail) {
      try {
        await transport.sendMail({
          from: opts.from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
        });
        return true;
      } catch (err) {
        log.error(
          { err, to: mail.to },
          `Email to ${mail.to} could not be sent through SMTP_URL.${mail.link ? ` Link: ${mail.link}` : ''}`,
        );
        return false;
      }
    },
  };
}
