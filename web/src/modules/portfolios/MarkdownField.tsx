import {
  MarkdownField as BaseMarkdownField,
  RenderedMarkdown,
} from '../../app/components/MarkdownField';
import { countWords } from './words';

/** A section's text as the server rendered and sanitised it. */
export function Rendered({ html, label }: { html: string; label: string }) {
  return <RenderedMarkdown html={html} label={label} className="pf-rendered" />;
}

interface Props {
  label: string;
  description: string;
  value: string;
  onChange: (value: string) => void;
  readOnly?: boolean;
}

/** A section's description or reflection in Markdown, with its word count and a server preview. */
export function MarkdownField({ label, description, value, onChange, readOnly }: Props) {
  return (
    <BaseMarkdownField
      label={label}
      description={description}
      value={value}
      onChange={onChange}
      readOnly={readOnly}
      words={countWords(value)}
      renderedClassName="pf-rendered"
    />
  );
}
