import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/**
 * Markdown as people write reflections: headings, emphasis, lists, quotes, code, tables and
 * links. Rendered with marked, then sanitised with sanitize-html so that nothing a user
 * writes can run in another user's browser (managers read shared reflections).
 */
const marked = new Marked({ gfm: true, breaks: true, async: false });

const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: [
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'p',
    'br',
    'hr',
    'blockquote',
    'pre',
    'code',
    'em',
    'strong',
    'del',
    's',
    'ul',
    'ol',
    'li',
    'a',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'input',
  ],
  allowedAttributes: {
    a: ['href', 'title'],
    ol: ['start'],
    th: ['align'],
    td: ['align'],
    input: ['type', 'checked', 'disabled'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  // Task-list checkboxes only, and never editable.
  exclusiveFilter: (frame) => frame.tag === 'input' && frame.attribs.type !== 'checkbox',
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow' }),
  },
};
ALLOWED.allowedAttributes = { ...ALLOWED.allowedAttributes, a: ['href', 'title', 'rel'] };

export function renderMarkdown(markdown: string | null | undefined): string | null {
  if (markdown == null || markdown.trim() === '') return null;
  const html = marked.parse(markdown) as string;
  return sanitizeHtml(html, ALLOWED).trim();
}
