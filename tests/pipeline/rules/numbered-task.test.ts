import { describe, expect, it } from 'vitest';
import { cardsOf, lines } from './rule-helpers';

const SQL = lines(
  'Write SQL queries for the following:',
  '',
  '**1)** The names of all students.',
  '',
  '```sql',
  'SELECT name FROM students;',
  '```',
  '',
  '**2) Oldest.** The oldest student.',
  '* ties: any of them',
  '',
  '```sql',
  'SELECT name FROM students ORDER BY born LIMIT 1;',
  '```',
);

describe('numbered-task', () => {
  it('asks a numbered task, with the lead-in above it and its bullets, and answers with the code below it, shown as code', () => {
    const questions = cardsOf(SQL).filter((card) => card.kind === 'question');
    expect(questions.map((card) => [card.prompt, card.answer, card.answerCode])).toEqual([
      ['Write SQL queries for the following: The names of all students.', 'SELECT name FROM students;', { lang: 'sql' }],
      [
        'Write SQL queries for the following: Oldest. The oldest student. · ties: any of them',
        'SELECT name FROM students ORDER BY born LIMIT 1;',
        { lang: 'sql' },
      ],
    ]);
  });

  it('reads nothing from inside the code, and makes no task of a numbered line that sets none', () => {
    const cards = cardsOf(lines('Steps', '1. the kettle boils', '', '```sh', '# Boil: heat water', 'kettle --on', '```'));
    expect(cards.filter((card) => card.kind === 'question')).toEqual([]);
    expect(cards.some((card) => /Boil|kettle --on/.test(card.prompt + card.answer))).toBe(false);
  });
});
