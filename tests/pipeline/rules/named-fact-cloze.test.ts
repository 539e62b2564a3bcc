import { describe, expect, it } from 'vitest';
import { lines, shown } from './rule-helpers';

describe('named-fact-cloze', () => {
  it('hides the name a sentence gives: also known as, called, written in, based on, inspired by', () => {
    expect(
      shown(
        lines(
          'Title',
          '-The Eiffel Tower is also known as La Dame de Fer, the iron lady',
          '-Its design was inspired by the Latting Observatory',
          '-The first web browser was written in Objective-C',
        ),
      ),
    ).toEqual([
      ['cloze', 'The Eiffel Tower is also known as […], the iron lady', 'La Dame de Fer'],
      ['cloze', 'Its design was inspired by the […]', 'Latting Observatory'],
      ['cloze', 'The first web browser was written in […]', 'Objective-C'],
    ]);
  });

  it('asks a fragment with no subject by its section, one card per name', () => {
    expect(shown(lines('History of the tower', '--written in French, based on Gothic arches, finished in 1889', '--other note'))).toEqual([
      ['cloze', 'History of the tower: written in […], based on Gothic arches, finished in 1889', 'French'],
      ['cloze', 'History of the tower: written in French, based on […], finished in 1889', 'Gothic arches'],
    ]);
  });

  it('hides nothing that is a common noun, a list, emphasised, in a definition line or in a title', () => {
    expect(
      shown(
        lines(
          'Title',
          '-The bridge is also called a crossing, and crossings are everywhere',
          '-Styles are known as Gothic, Baroque or Modern',
          '-The tower is called *the iron lady*',
          '-Tower: a tall building, also known as Spire',
        ),
      ).filter(([kind]) => kind === 'cloze'),
    ).toEqual([]);
  });
});
