// The Markdown parser, created once: remark with GFM (tables, autolinks, strikethrough, footnotes, task lists)
// and front matter. Only the parse phase runs; extraction reads the mdast directly.
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const withGfm = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();
const withoutGfm = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).freeze();

/**
 * Every GFM construct starts with one of these: a table pipe, a strikethrough tilde, an email's @, a footnote
 * `[^`, a task box, or an autolink literal. Text without any of them parses to the same tree without GFM,
 * which saves the extensions' cost on every character (about a third of the parse).
 */
const MAY_USE_GFM = /[|~@]|\[\^|\[[ xX]\]|www\.|https?:|mailto:|xmpp:/i;

export function mayUseGfm(text: string): boolean {
  return MAY_USE_GFM.test(text);
}

export function parseMarkdown(text: string): Root {
  return (mayUseGfm(text) ? withGfm : withoutGfm).parse(text);
}

/** The parse with GFM always on, for comparison. */
export function parseMarkdownWithGfm(text: string): Root {
  return withGfm.parse(text);
}
