import { describe, expect, it } from 'vitest';
import { type GatedNote, gateNote, isJunkTerm, mergeDuplicateFronts, shortenAnswer } from '../../src/pipeline/quality-gate';
import type { CardDraft, NoteDraft } from '../../src/pipeline/rules/rule';
import { definitionCards, enumerationCard, questionCard } from '../../src/pipeline/text/card-text';

const note = (kind: NoteDraft['kind'], cards: CardDraft[], strength = 3, line = 1): NoteDraft => ({
  kind,
  key: cards[0]?.prompt ?? 'x',
  rule: 'test',
  strength,
  line,
  column: 1,
  cards,
});
const definition = (term: string, answer: string) => note('definition', definitionCards(term, answer, []));
const summary = (gated: NoteDraft | null) => gated?.cards.map((card) => [card.reverse, card.prompt, card.answer]) ?? null;

describe('the quality gate', () => {
  it.each(['what', 'It', 'ex', 'below', 'What it is', 'Note', 'example', 'How it works'])(
    'takes no function word, label or example marker as a term: "%s"',
    (term) => {
      expect(isJunkTerm(term)).toBe(true);
      expect(gateNote(definition(term, 'the thing described here'))).toBeNull();
    },
  );

  it('keeps an acronym that spells a function word ("WHO") and a real term', () => {
    expect(isJunkTerm('WHO')).toBe(false);
    expect(isJunkTerm('Igneous rock')).toBe(false);
  });

  it('never splits a question into a term and a definition', () => {
    expect(gateNote(definition('What', 'serverless computing?'))).toBeNull();
    expect(gateNote(definition('Storage', 'what does it hold?'))).toBeNull();
  });

  it('answers a definition with its first sentence, at most about 40 words; the rest leads the details', () => {
    const gated = gateNote(definition('Delta', 'A landform at the mouth of a river. It forms where the river slows down and drops its sediment.'));
    expect(summary(gated)?.[0]).toEqual([false, 'Delta', 'A landform at the mouth of a river.']);
    expect(gated?.cards[0]?.details).toEqual([{ text: 'It forms where the river slows down and drops its sediment.', depth: 1 }]);
    const long =
      Array.from({ length: 30 }, (_, index) => `part${index}`).join(' ') + ', and then ' + Array.from({ length: 30 }, (_, index) => `more${index}`).join(' ');
    const cut = shortenAnswer(long);
    expect(cut.answer.endsWith('…')).toBe(true);
    expect(cut.answer.split(' ').length).toBeLessThanOrEqual(41);
    expect(cut.moved[0]?.startsWith('and then')).toBe(true);
  });

  it('keeps a short first sentence together with the next one', () => {
    expect(shortenAnswer('It is called the crust. It is the thin outer layer of the Earth. More follows.').answer).toBe(
      'It is called the crust. It is the thin outer layer of the Earth.',
    );
  });

  it('makes a reverse only of a short noun-phrase term, with a prompt of 2 to 25 words that does not give it away', () => {
    expect(summary(gateNote(definition('Delta', 'a landform at the mouth of a river')))).toEqual([
      [false, 'Delta', 'a landform at the mouth of a river'],
      [true, 'a landform at the mouth of a river', 'Delta'],
    ]);
    expect(summary(gateNote(definition('Delta', 'sediment')))?.length).toBe(1);
    expect(summary(gateNote(definition('Delta', Array.from({ length: 30 }, () => 'word').join(' '))))?.length).toBe(1);
    expect(summary(gateNote(definition('cat', 'concatenate files and print them')))?.length).toBe(2);
    expect(summary(gateNote(definition('man', 'an interface to the manuals (or "man pages")')))?.[1]).toEqual([
      true,
      'an interface to the manuals (or "[…] pages")',
      'man',
    ]);
  });

  it('shows no raw HTML, #tags or URLs', () => {
    expect(gateNote(definition('Picture', 'shown with <img src="x.png"> in a page'))).toBeNull();
    expect(summary(gateNote(note('question', [questionCard('Where is the source? #todo https://example.org', 'on the server')])))).toEqual([
      [false, 'Where is the source?', 'on the server'],
    ]);
  });

  it('keeps the names of a list, not a pointer to elsewhere, and no list of one', () => {
    expect(
      summary(gateNote(note('enumeration', [enumerationCard('Benefits of walking', ['Features mentioned below', 'Better sleep', 'Stronger heart'])]))),
    ).toEqual([[false, 'Benefits of walking', 'Better sleep, Stronger heart']]);
    expect(gateNote(note('enumeration', [enumerationCard('Tools', ['See below', 'Hammer'])]))).toBeNull();
  });
});

describe('one card per front', () => {
  const gated = (draft: NoteDraft, file = 'geo.md'): GatedNote => ({ ...(gateNote(draft) as NoteDraft), chapterId: 'geo', file });

  it('merges two notes with the same front: the more explicit stays, the other answer is its detail, and a warning names both places', () => {
    const weak = gated({ ...definition('granite', 'found in mountains everywhere'), strength: 1, line: 3 });
    const strong = gated({ ...definition('Granite', 'a coarse igneous rock'), strength: 3, line: 9 });
    const { notes, warnings } = mergeDuplicateFronts([weak, strong]);
    expect(notes.map((kept) => [kept.line, kept.cards[0]?.answer, kept.cards[0]?.details])).toEqual([
      [9, 'a coarse igneous rock', [{ text: 'found in mountains everywhere', depth: 1 }]],
    ]);
    expect(warnings).toEqual([
      { file: 'geo.md', line: 3, column: 1, ruleId: 'duplicate-front', message: '"Granite" is also at geo.md:9: one card, with this answer as a detail' },
    ]);
  });

  it('says a front written three times or more once, at the first place merged, naming the others', () => {
    const first = gated({ ...definition('Basalt', 'a dark volcanic rock'), strength: 3, line: 2 });
    const copies = [5, 8, 40].map((line) => gated({ ...definition('basalt', `fine-grained rock ${line}`), strength: 1, line }));
    const elsewhere = gated({ ...definition('BASALT', 'the ocean floor rock'), strength: 1, line: 7 }, 'sea.md');
    const { notes, warnings } = mergeDuplicateFronts([first, copies[0], elsewhere, copies[1], copies[2]]);
    expect(notes.map((kept) => [kept.line, kept.cards[0]?.details.map((detail) => detail.text)])).toEqual([
      [2, ['fine-grained rock 5', 'the ocean floor rock', 'fine-grained rock 8', 'fine-grained rock 40']],
    ]);
    expect(warnings).toEqual([
      {
        file: 'geo.md',
        line: 5,
        column: 1,
        ruleId: 'duplicate-front',
        message: '"Basalt" is on 5 cards, kept at geo.md:2 (also sea.md:7; geo.md:8, 40): one card, with the other answers as details',
      },
    ]);
  });

  it('keeps different kinds, different fronts and cloze sentences apart, and merges silently what only restates an abbreviation', () => {
    const list = gated(note('enumeration', [enumerationCard('Granite', ['quartz', 'feldspar'])]));
    const card = gated(definition('Granite', 'a coarse igneous rock'));
    const plural = gated(definition('Granites', 'coarse igneous rocks'));
    expect(mergeDuplicateFronts([list, card, plural]).notes).toHaveLength(3);
    const abbreviation = gated({ ...definition('DNA', 'deoxyribonucleic acid'), strength: 0 });
    const defined = gated(definition('DNA', 'the molecule of heredity'));
    const merged = mergeDuplicateFronts([defined, abbreviation]);
    expect(merged.warnings).toEqual([]);
    expect(merged.notes[0]?.cards[0]?.details).toEqual([{ text: 'deoxyribonucleic acid', depth: 1 }]);
  });

  it('merges silently what one line says twice, and adds no detail the card already holds', () => {
    const line = gated({
      ...definition('Erosion', 'the wearing away of rock'),
      cards: [
        { ...definitionCards('Erosion', 'the wearing away of rock', [{ text: 'The name erosion refers to the loss of rock by water and wind', depth: 1 }])[0] },
      ],
    });
    const again = gated(definition('Erosion', 'the loss of rock by water and wind'));
    const merged = mergeDuplicateFronts([line, again]);
    expect(merged.warnings).toEqual([]);
    expect(merged.notes.map((kept) => kept.cards[0]?.details)).toEqual([[{ text: 'The name erosion refers to the loss of rock by water and wind', depth: 1 }]]);
  });
});
