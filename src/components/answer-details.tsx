// The lines that belong to an answer (children of a definition), as a nested list following their outline depth.
import type { AnswerDetail } from '../domain/deck';
import './answer-details.css';

export interface DetailNode {
  text: string;
  children: DetailNode[];
}

/** Turns answer lines with outline depths into a tree; a depth jump attaches to the nearest shallower line. */
export function nestAnswerDetails(details: readonly AnswerDetail[]): DetailNode[] {
  const roots: DetailNode[] = [];
  const open: { depth: number; node: DetailNode }[] = [];
  for (const detail of details) {
    const node: DetailNode = { text: detail.text, children: [] };
    while (open.length > 0 && open[open.length - 1]!.depth >= detail.depth) open.pop();
    const parent = open[open.length - 1];
    (parent ? parent.node.children : roots).push(node);
    open.push({ depth: detail.depth, node });
  }
  return roots;
}

function DetailList({ nodes }: { nodes: DetailNode[] }) {
  return (
    <ul className="answer-details">
      {nodes.map((node, index) => (
        <li key={index}>
          {node.text}
          {node.children.length > 0 && <DetailList nodes={node.children} />}
        </li>
      ))}
    </ul>
  );
}

export function AnswerDetails({ details }: { details: readonly AnswerDetail[] }) {
  if (details.length === 0) return null;
  return <DetailList nodes={nestAnswerDetails(details)} />;
}
