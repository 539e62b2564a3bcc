// The Markdown parser, created once: remark with GFM (tables, autolinks, strikethrough, footnotes)
// and front matter. Only the parse phase runs; extraction reads the mdast directly.
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();

export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
