// Stage 2, normalise: a file's syntax tree → its outline, with the text of every line normalised (line-text.ts)
// and the author's dash outline rebuilt (outline.ts), plus its front matter.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { type FrontMatter, readFrontMatter } from './front-matter';
import { type SourceIndex, indexSource } from './line-text';
import { type OutlineNode, buildOutline } from './outline';

export interface NormalisedNotes {
  path: string;
  frontMatter: FrontMatter;
  /** The whole file as one outline: headings nest by level, lines under them. */
  outline: OutlineNode;
  source: SourceIndex;
}

export function normaliseNotes(root: Root, text: string, file: VFile): NormalisedNotes {
  const frontMatter = readFrontMatter(root, file);
  const source = indexSource(text);
  // TOML front matter (+++) is skipped like YAML; only YAML is read.
  const blocks = root.children.filter((block) => block.type !== 'yaml' && (block.type as string) !== 'toml');
  return { path: file.path, frontMatter, outline: buildOutline(blocks, source), source };
}
