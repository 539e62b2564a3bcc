import { describe, expect, it } from 'vitest';
import { lines, reverses, shown } from './rule-helpers';

describe('key-term-sentence', () => {
  it('defines a bold subject from what follows "is"', () => {
    expect(shown('**Erosion** is the wearing away of rock by water, wind and ice.')).toEqual([
      ['definition', 'Erosion', 'the wearing away of rock by water, wind and ice.'],
    ]);
  });

  it('defines a bold term from its sentence, and hides it in the reverse', () => {
    const text = 'Rivers carry the broken rock downstream, a process called **transportation**.';
    expect(shown(text)).toEqual([['definition', 'transportation', 'Rivers carry the broken rock downstream, a process called transportation.']]);
    expect(reverses(text)).toEqual([['Rivers carry the broken rock downstream, a process called […].', 'transportation']]);
  });

  it('defines an italic name only as a subject or after "called"', () => {
    expect(shown(lines('*Basalt* forms when lava cools quickly at the surface.', '', 'Volcanoes erupt *often* in places where plates meet.'))).toEqual([
      ['definition', 'Basalt', 'Basalt forms when lava cools quickly at the surface.'],
    ]);
  });

  it('defines no clause, no word of a bold list, no word bolded again and again, no statement of what it is not', () => {
    expect(
      shown(
        lines(
          'To learn, you need to **practise every day** with feedback.',
          '',
          'They form **igneous**, **sedimentary** or **metamorphic** rock by cooling, settling or heat.',
          '',
          'The **crust** floats. The **crust** is thin. Under the **crust** lies the mantle.',
          '',
          'Remember that **quartz** is not a metal at all.',
        ),
      ),
    ).toEqual([
      // The bold names in a row are a list (emphasised-list), not three terms.
      ['enumeration', 'They form […] rock by cooling, settling or heat. (Notes)', 'igneous, sedimentary, metamorphic'],
    ]);
  });

  it('makes a bold quantity a cloze of its sentence, not a term', () => {
    expect(shown(lines('# Cells', 'In culture, a human cell divides about every **24 hours** when it has room.'))).toEqual([
      ['cloze', 'In culture, a human cell divides about every […] when it has room.', '24 hours'],
    ]);
  });

  it('defines an emphasised term by the kind after it and its "where" clause', () => {
    expect(shown(lines('# Teaching', 'One option is an *inverted classroom* model, where students watch lectures at home and practise in class.'))).toEqual([
      ['definition', 'inverted classroom', 'a model where students watch lectures at home and practise in class.'],
    ]);
  });
});
