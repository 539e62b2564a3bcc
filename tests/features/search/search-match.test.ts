// Finding the words typed in a text: whole, begun or inside a word, case and accents ignored but noticed.
import { describe, expect, it } from 'vitest';
import { BEGUN, findWord, foldText, INSIDE, matchText, queryWords, WHOLE } from '../../../src/features/search/search-match';

const find = (text: string, word: string) => findWord(text, foldText(text), word, foldText(word));

describe('folding', () => {
  it('drops case and accents and keeps every position', () => {
    expect(foldText('Café Über NAT')).toBe('cafe uber nat');
    for (const text of ['Ærø · Straße', 'İstanbul', 'naïve 🚀 résumé']) expect(foldText(text)).toHaveLength(text.length);
  });
});

describe('finding a word', () => {
  it('tells a whole word (plurals too) from a word begun and a word holding it', () => {
    expect(find('Network Address Translation (NAT)', 'nat')).toEqual({ quality: WHOLE, asTyped: false, range: [29, 31] });
    expect(find('Pods are scheduled', 'pod')).toMatchObject({ quality: WHOLE, range: [0, 2] });
    expect(find('many processes', 'process')).toMatchObject({ quality: WHOLE });
    expect(find('Cloud Native', 'nat')).toMatchObject({ quality: BEGUN, range: [6, 8] });
    expect(find('donated', 'nat')).toMatchObject({ quality: INSIDE, range: [2, 4] });
    expect(find('Kubelet', 'kube')).toMatchObject({ quality: BEGUN });
    expect(find('Scheduler', 'pod')).toBeNull();
  });

  it('prefers the best place: a whole word after a word holding it, and the word as typed', () => {
    expect(find('the signature of NAT', 'nat')).toMatchObject({ quality: WHOLE, range: [17, 19] });
    expect(find('nat or NAT', 'NAT')).toEqual({ quality: WHOLE, asTyped: true, range: [7, 9] });
    expect(find('a résumé', 'resume')).toMatchObject({ quality: WHOLE, asTyped: false, range: [2, 7] });
    expect(find('a résumé', 'résumé')).toMatchObject({ quality: WHOLE, asTyped: true });
  });

  it('takes a word typed with its own punctuation as bounded there', () => {
    expect(find('kube-proxy runs', 'kube-')).toMatchObject({ quality: WHOLE });
    expect(find('Translation(NAT)', '(nat')).toMatchObject({ quality: WHOLE });
  });
});

describe('matching every word', () => {
  const match = (text: string, query: string) => matchText(text, foldText(text), queryWords(query.split(' ')));

  it('needs every word, and is only as good as the worst found', () => {
    expect(match('Kube-proxy', 'kube proxy')).toMatchObject({
      quality: WHOLE,
      ranges: [
        [0, 3],
        [5, 9],
      ],
    });
    expect(match('Kube-proxy', 'kube prox')).toMatchObject({ quality: BEGUN });
    expect(match('Kube-proxy', 'kube scheduler')).toBeNull();
    expect(match('', 'kube')).toBeNull();
  });
});
