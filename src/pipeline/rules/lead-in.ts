/**
 * lead-in: a line ending in a colon with nothing after it introduces what is under it; it makes no card itself.
 *
 *   The three states of matter are:
 *   → nothing here; the list rule (enumeration.ts) lists the lines under it
 */
import type { OutlineNode } from '../normalise/outline';
import { sentencesOf } from '../text/card-text';
import { splitAtColon } from '../text/definition-forms';
import { dropTrailingColon, tidyText } from '../text/phrase-rules';
import type { LineRule } from './rule';

export const leadIn: LineRule = {
  name: 'lead-in',
  scope: 'line',
  read(node: OutlineNode) {
    const colon = splitAtColon(node);
    if (!colon || colon.after.text !== '' || colon.before.text === '') return null;
    // "There are theories of memory. One of them says there are three kinds:" is asked by its last sentence.
    const sentences = sentencesOf(tidyText(dropTrailingColon(colon.before.text)));
    // "Other uses of copper include:" asks for "Other uses of copper".
    const prompt = (sentences[sentences.length - 1] ?? '').replace(/\s+(?:include|includes|are|is|contain|contains|comprise|comprises|consists? of)$/i, '');
    if (prompt === '') return null;
    return { rule: 'lead-in', kind: 'lead-in', term: prompt, itemName: prompt, notes: [] };
  },
};
