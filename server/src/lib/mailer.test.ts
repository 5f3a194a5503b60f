import type { AddressInfo } from 'node:net';
import type { FastifyBaseLogger } from 'fastify';
import { SMTPServer } from 'smtp-server';
import { describe, expect, it } from 'vitest';
import { createMailer } from './mailer';

function captureLog() {
  const lines: { level: string; msg: string }[] = [];
  const at = (level: string) => (_obj: unknown, msg?: string) =>
    lines.push({ level, msg: msg ?? '' });
  const log = {
    warn: at('warn'),
    error: at('error'),
    info: at('info'),
  } as unknown as FastifyBaseLogger;
  return { log, lines };
}

describe('mail', () => {
  it('sends through SMTP when SMTP_URL is set', async () => {
    const received: string[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, done) {
        let data = '';
        stream.on('data', (c: Buffer) => {
          data += c.toString();
        });
        stream.on('end', () => {
          received.push(data);
          done();
        });
      },
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.server.address() as AddressInfo).port;
    try {
      const { log } = captureLog();
      const mailer = createMailer(
        { smtpUrl: `smtp://127.0.0.1:${port}`, from: 'Cairn <cairn@test.example>' },
        log,
      );
      expect(mailer.configured).toBe(true);
      const sent = await mailer.send({
        to: 'ada@college.example',
        subject: 'Reset your Cairn password',
        text: 'Open https://cairn.test/reset-password?token=abc',
      });
      expect(sent).toBe(true);
      expect(received).toHaveLength(1);
      expect(received[0]).toContain('Subject: Reset your Cairn password');
      expect(received[0]).toContain('To: ada@college.example');
      expect(received[0]).toContain('reset-password?token=abc');
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });

  it('writes the link to the log, saying why, when SMTP is not configured', async () => {
    const { log, lines } = captureLog();
    const mailer = createMailer({ smtpUrl: undefined, from: 'x' }, log);
    const sent = await mailer.send({
      to: 'bo@school.example',
      subject: 'You are invited',
      text: '...',
      link: 'http://localhost:8080/invitation?token=xyz',
    });
    expect(sent).toBe(false);
    expect(lines[0]?.level).toBe('warn');
    expect(lines[0]?.msg).toMatch(/SMTP_URL is not set/);
    expect(lines[0]?.msg).toContain('http://localhost:8080/invitation?token=xyz');
  });

  it('reports failure (and logs the link) when the SMTP server cannot be reached', async () => {
    const { log, lines } = captureLog();
    const mailer = createMailer({ smtpUrl: 'smtp://127.0.0.1:1', from: 'x' }, log);
    const sent = await mailer.send({
      to: 'c@d.example',
      subject: 's',
      text: 't',
      link: 'http://l/ink',
    });
    expect(sent).toBe(false);
    expect(lines.at(-1)?.msg).toContain('http://l/ink');
  });
});
