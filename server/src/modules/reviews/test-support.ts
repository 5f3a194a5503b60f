import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';
import { call, type Session, type Tenant, type TestApp } from '../../test/harness';

/** Helpers shared by the review tests: a small template, portfolios, and a local web server. */

/** A local web server for evidence links: /ok answers, anything else is 404. */
export async function linkServer() {
  const server = http.createServer((req, res) => {
    res.writeHead(req.url === '/ok' ? 200 : 404).end();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    close: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}

/** An institution's own two-section template aligned with CMALT (practice + plans). */
export async function smallTemplate(t: TestApp, owner: Tenant): Promise<string> {
  const res = await call(t, 'POST', '/api/portfolio-templates', {
    as: owner.admin,
    body: {
      title: 'Short CMALT',
      scheme: 'In-house CMALT',
      spec: {
        framework: 'cmalt',
        sections: [
          {
            key: 'practice',
            title: 'Operational practice',
            guidance: 'What you do.',
            parts: ['description', 'evidence', 'reflection'],
            items: ['cmalt 1a'],
          },
          { key: 'plans', title: 'Future plans', guidance: 'Where next.', parts: ['description'] },
        ],
      },
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.data().id;
}

export async function createScheme(
  t: TestApp,
  owner: Tenant,
  templateId: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const res = await call(t, 'POST', '/api/review-schemes', {
    as: owner.admin,
    body: {
      name: 'Harbour CMALT',
      description: 'Peer-reviewed accreditation for learning technologists.',
      acceptedTemplateIds: [templateId],
      achievement: {
        name: 'Certified Member (Harbour CMALT)',
        description: 'Holds the Harbour CMALT accreditation.',
        criteriaNarrative: 'A portfolio judged by two assessors to meet every section.',
        frameworkId: null,
      },
      ...extra,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.data().id;
}

type Portfolio = { id: string; sections: Record<string, { id: string; revision: number }> };

export async function newPortfolio(
  t: TestApp,
  who: Session,
  templateId: string,
): Promise<Portfolio> {
  const res = await call(t, 'POST', '/api/portfolios', {
    as: who,
    body: { templateId, title: 'My accreditation portfolio' },
  });
  expect(res.statusCode, res.body).toBe(201);
  const sections: Portfolio['sections'] = {};
  for (const s of res.data().sectionList) sections[s.key] = { id: s.id, revision: s.revision };
  return { id: res.data().id, sections };
}

export async function writeSection(
  t: TestApp,
  who: Session,
  p: Portfolio,
  key: string,
  body: { description?: string; reflection?: string },
) {
  const s = p.sections[key]!;
  const res = await call(t, 'PATCH', `/api/portfolios/${p.id}/sections/${s.id}`, {
    as: who,
    body: { revision: s.revision, ...body },
  });
  expect(res.statusCode, res.body).toBe(200);
  s.revision = res.data().revision;
}

export async function addLink(t: TestApp, who: Session, p: Portfolio, key: string, url: string) {
  const res = await call(
    t,
    'POST',
    `/api/portfolios/${p.id}/sections/${p.sections[key]!.id}/evidence`,
    {
      as: who,
      body: { url, title: 'Workshop recording' },
    },
  );
  expect(res.statusCode, res.body).toBe(201);
  return res.data().evidence.at(-1).id as string;
}

/** A portfolio that passes intake: both sections written, a working link as evidence. */
export async function completePortfolio(
  t: TestApp,
  who: Session,
  templateId: string,
  linkBase: string,
) {
  const p = await newPortfolio(t, who, templateId);
  await writeSection(t, who, p, 'practice', {
    description: 'I run the VLE and train staff in accessible course design.',
    reflection:
      'Training in small groups worked better than webinars; I now pair it with follow-up clinics.',
  });
  await writeSection(t, who, p, 'plans', {
    description: 'Next year I will lead the assessment redesign project.',
  });
  await addLink(t, who, p, 'practice', `${linkBase}/ok`);
  return p;
}

/** A complete judgement of the small template. */
export const fullJudgement = (recommendation: 'pass' | 'referral' | 'fail' = 'pass') => ({
  sections: [
    {
      sectionKey: 'practice',
      description: 'met',
      evidence: 'met',
      reflection: 'met',
      comment: 'Clear.',
    },
    { sectionKey: 'plans', description: 'met', comment: 'Ambitious.' },
  ],
  overallFeedback: 'A well-evidenced portfolio.',
  recommendation,
});

export async function judge(
  t: TestApp,
  who: Session,
  submissionId: string,
  recommendation: 'pass' | 'referral' | 'fail' = 'pass',
) {
  const saved = await call(t, 'PUT', `/api/review-submissions/${submissionId}/judgement`, {
    as: who,
    body: fullJudgement(recommendation),
  });
  expect(saved.statusCode, saved.body).toBe(200);
  const sent = await call(t, 'POST', `/api/review-submissions/${submissionId}/judgement/submit`, {
    as: who,
  });
  expect(sent.statusCode, sent.body).toBe(200);
  return sent.data();
}

export async function addAssessor(
  t: TestApp,
  coordinator: Session,
  schemeId: string,
  email: string,
  prior = 0,
) {
  const res = await call(t, 'POST', `/api/review-schemes/${schemeId}/assessors`, {
    as: coordinator,
    body: { email, priorSecondAssessments: prior },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.data();
}
