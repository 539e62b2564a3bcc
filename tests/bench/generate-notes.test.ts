// The generated notes behind the big-collection figures: a collection five times the bench's size still comes out
// (terms grow a word when short ones run out), and no term is defined twice, so no card is merged away.
import { describe, expect, it } from 'vitest';
import { generateNotes } from '../../bench/generate-notes';

const definedTerms = (text: string) => [...text.matchAll(/^Define (.+)$/gm)].map((match) => match[1]!);

describe('generateNotes', () => {
  it('writes 5 MB of notes, each "Define" section about a term no other section defines', () => {
    const text = generateNotes({ bytes: 5_000_000, seed: 7 });
    expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(5_000_000);
    const terms = definedTerms(text);
    expect(terms.length).toBeGreaterThan(2_000);
    expect(new Set(terms).size).toBe(terms.length);
  });

  it('gives the same text for the same seed and size', () => {
    expect(generateNotes({ bytes: 50_000, seed: 3 })).toBe(generateNotes({ bytes: 50_000, seed: 3 }));
  });
});
