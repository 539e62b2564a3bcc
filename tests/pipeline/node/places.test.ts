import { describe, expect, it } from 'vitest';
import { describeDeckWarning, describeReadProblem, formatPlace } from '../../../src/pipeline/node/places';

describe('places in the notes', () => {
  it('names a file, a line or a line and column', () => {
    expect(formatPlace('content/a.md')).toBe('content/a.md');
    expect(formatPlace('content/a.md', 4)).toBe('content/a.md:4');
    expect(formatPlace('content/a.md', 4, 2)).toBe('content/a.md:4:2');
  });

  it('places a deck warning as file:line:column, two spaces, message', () => {
    expect(describeDeckWarning({ file: 'content/03-a.md', line: 12, column: 2, message: 'Duplicate card' })).toBe('content/03-a.md:12:2  Duplicate card');
  });

  it('places a read problem at its line when it has one', () => {
    expect(describeReadProblem({ path: 'content/a.md', message: 'not UTF-8 text', line: 3, column: 1 })).toBe(
      'content/a.md:3:1: cannot read notes: not UTF-8 text',
    );
    expect(describeReadProblem({ path: 'content', message: 'no such file or folder' })).toBe('content: cannot read notes: no such file or folder');
  });
});
