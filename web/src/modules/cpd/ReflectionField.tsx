import { MarkdownField, RenderedMarkdown } from '../../app/components/MarkdownField';
import './cpd.css';

/** An entry's reflection as the server rendered and sanitised it. */
export function RenderedReflection({ html, label }: { html: string; label: string }) {
  return <RenderedMarkdown html={html} label={label} className="cpd-reflection" />;
}

interface Props {
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}

/** The reflection in Markdown, with a preview rendered by the server exactly as it will show. */
export function ReflectionField({ value, onChange, error }: Props) {
  return (
    <MarkdownField
      label="Reflection"
      description="What happened, what you learnt, and what you will do differently. Markdown works: **bold**, *italic*, lists starting with -, links as [words](https://…)."
      value={value}
      onChange={onChange}
      error={error}
      minRows={6}
      emptyText="Nothing to preview yet: write your reflection first."
      renderedClassName="cpd-reflection"
    />
  );
}
