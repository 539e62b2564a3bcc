// What one outline line says, read once: explicit syntax first (the author chose it), then one-line lists,
// then definitions, then a lead-in ending in a colon.
import { type DefinitionParts, readDefinition, readWordDashDefinition, splitAtColon, isLearnableAnswer } from './definitions';
import { readBareList, readInlineList } from './enumerations';
import { type ClozeCardText, clozeCards, findClozeDeletions, readAnswerLine, readDoubleColon, readQuestionLine } from './explicit-cards';
import type { OutlineNode } from './outline';
import { dropTrailingColon, isFiniteVerb, isTermPhrase, tidyText, wordsOf } from './phrase-rules';

export type LineReading =
  | { kind: 'question-line'; question: string }
  | { kind: 'answer-line'; answer: string }
  | { kind: 'cloze'; cards: ClozeCardText[] }
  | { kind: 'explicit-question'; question: string; answer: string; both: boolean }
  | { kind: 'inline-list'; prompt: string; name: string; items: string[] }
  | { kind: 'definition'; definition: DefinitionParts; nested: DefinitionParts | null }
  | { kind: 'lead-in'; prompt: string }
  | { kind: 'plain' };

const PLAIN: LineReading = { kind: 'plain' };

function readLineText(node: OutlineNode): LineReading {
  const question = readQuestionLine(node);
  if (question !== null) return { kind: 'question-line', question };
  const answer = readAnswerLine(node);
  if (answer !== null) return { kind: 'answer-line', answer };
  // Cheap checks first: most lines hold no explicit syntax at all.
  const deletions = node.mask.includes('==') || node.mask.includes('{{') ? findClozeDeletions(node) : [];
  if (deletions.length > 0) {
    const cards = clozeCards(node, deletions);
    return cards.length > 0 ? { kind: 'cloze', cards } : PLAIN;
  }
  const explicit = node.mask.includes('::') ? readDoubleColon(node) : null;
  if (explicit) return { kind: 'explicit-question', ...explicit };
  const list = readInlineList(node);
  if (list) return { kind: 'inline-list', ...list };
  const definition = readDefinition(node);
  if (definition) {
    // "Kubelet CRI Shims: dockershim- containers are …" also defines dockershim.
    const nested = definition.form === 'colon' || definition.form === 'dash' ? readWordDashDefinition({ text: definition.answer, mask: definition.answer }) : null;
    return { kind: 'definition', definition, nested };
  }
  const colon = splitAtColon(node);
  if (colon && colon.after.text === '' && colon.before.text !== '') return { kind: 'lead-in', prompt: tidyText(dropTrailingColon(colon.before.text)) };
  // "MN has components: API Server, Scheduler, ETCD" — a clause, then a list.
  if (colon && !isTermPhrase(colon.before) && wordsOf(colon.before.text).some(isFiniteVerb) && isLearnableAnswer(colon.after, node.links, colon.at + 1)) {
    const items = readBareList(colon.after);
    if (items) return { kind: 'inline-list', prompt: tidyText(colon.before.text), name: tidyText(colon.before.text), items };
  }
  return PLAIN;
}

/** Readings are cached per node: enumeration rules look at the same children many times. */
export class LineReader {
  private readonly cache = new Map<OutlineNode, LineReading>();

  read(node: OutlineNode): LineReading {
    if (node.marker === 'heading' || node.marker === 'root' || node.text === '') return PLAIN;
    let reading = this.cache.get(node);
    if (reading === undefined) {
      reading = readLineText(node);
      this.cache.set(node, reading);
    }
    return reading;
  }
}
