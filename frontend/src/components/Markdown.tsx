import { createElement } from "react";
import { parseMarkdown, type Inline } from "../lib/markdown";

function Inlines({ inlines }: { inlines: Inline[] }) {
  return (
    <>
      {inlines.map((p, i) => (p.kind === "strong" ? <strong key={i}>{p.text}</strong> : p.kind === "em" ? <em key={i}>{p.text}</em> : p.text))}
    </>
  );
}

/**
 * Markdown text (an agreement's body) as React elements, never as HTML. Its headings sit below
 * `headingLevel`, the level of the heading the text is shown under, so the outline stays right.
 */
export function Markdown({ source, headingLevel }: { source: string; headingLevel: number }) {
  return (
    <div className="markdown">
      {parseMarkdown(source).map((b, i) => {
        if (b.kind === "heading") return createElement(`h${Math.min(headingLevel + b.level, 6)}`, { key: i }, <Inlines inlines={b.inlines} />);
        if (b.kind === "paragraph")
          return (
            <p key={i}>
              <Inlines inlines={b.inlines} />
            </p>
          );
        const items = b.items.map((item, j) => (
          <li key={j}>
            <Inlines inlines={item} />
          </li>
        ));
        return b.ordered ? <ol key={i}>{items}</ol> : <ul key={i}>{items}</ul>;
      })}
    </div>
  );
}
