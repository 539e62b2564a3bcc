// Inline note content as React elements. Text is only ever text: nothing from a note becomes markup, and a link is a
// link only when it is a web or mail link (checked again here, whatever made the document).
import type { ReactNode } from 'react';
import { inlineText, safeLinkUrl } from '../../domain/note-document';
import type { MarkedInline } from './concept-marks';
import { ConceptMark } from './concept-mark';

function InlineNode({ node }: { node: MarkedInline }): ReactNode {
  switch (node.type) {
    case 'text':
      return node.value;
    case 'inlineCode':
      return <code>{node.value}</code>;
    case 'break':
      return <br />;
    case 'strong':
      return (
        <strong>
          <InlineNodes nodes={node.children} />
        </strong>
      );
    case 'emphasis':
      return (
        <em>
          <InlineNodes nodes={node.children} />
        </em>
      );
    case 'delete':
      return (
        <del>
          <InlineNodes nodes={node.children} />
        </del>
      );
    case 'link': {
      const url = node.url === null ? null : safeLinkUrl(node.url);
      if (url === null) {
        return (
          <span className="note-inert-link">
            <InlineNodes nodes={node.children} />
          </span>
        );
      }
      return (
        <a href={url} target="_blank" rel="noopener noreferrer">
          <InlineNodes nodes={node.children} />
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      );
    }
    case 'concept':
      return (
        <ConceptMark concept={node.concept} shown={inlineText(node.children)}>
          <InlineNodes nodes={node.children} />
        </ConceptMark>
      );
  }
}

export function InlineNodes({ nodes }: { nodes: readonly MarkedInline[] }) {
  return nodes.map((node, index) => <InlineNode key={index} node={node} />);
}
