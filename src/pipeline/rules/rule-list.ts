// The rules, in the order they are asked. Line rules: the first that reads a line decides what it is. Block rules:
// each may make cards from a node, and a rule that uses a line or a whole node up keeps later rules off it.
// Adding a style to read means adding one rule file and naming it here.
import { abbreviation } from './abbreviation';
import { clozeDeletions } from './cloze-deletions';
import { colonDefinition } from './colon-definition';
import { dashDefinition } from './dash-definition';
import { contrastStatement } from './contrast-statement';
import { definingSentence } from './defining-sentence';
import { doubleColon } from './double-colon';
import { enumeration } from './enumeration';
import { emphasisedList } from './emphasised-list';
import { exampleList } from './example-list';
import { inlineList } from './inline-list';
import { keyTermSentence } from './key-term-sentence';
import { kindsOfTerm } from './kinds-of-term';
import { leadIn } from './lead-in';
import { namedFactCloze } from './named-fact-cloze';
import { namedTermTitle } from './named-term-title';
import { numberedTask } from './numbered-task';
import { parentheticalGloss } from './parenthetical-gloss';
import { questionAnswerLines } from './question-answer-lines';
import { questionTitle } from './question-title';
import { quotedName } from './quoted-name';
import type { Rule } from './rule';
import { spacedRepetitionMultiline } from './spaced-repetition-multiline';
import { subjectStatement } from './subject-statement';
import { tabSeparated } from './tab-separated';
import { termTable } from './term-table';
import { termWithBody } from './term-with-body';
import { wideTable } from './wide-table';

export const RULES: readonly Rule[] = [
  // What one line says: the author's explicit syntax first, then lists, then definitions, then a bare lead-in.
  clozeDeletions,
  doubleColon,
  tabSeparated,
  inlineList,
  colonDefinition,
  dashDefinition,
  quotedName,
  parentheticalGloss,
  subjectStatement,
  leadIn,
  // Explicit pairs of lines.
  questionAnswerLines,
  spacedRepetitionMultiline,
  // Facts inside sentences, which use no line up.
  abbreviation,
  keyTermSentence,
  definingSentence,
  contrastStatement,
  exampleList,
  emphasisedList,
  namedFactCloze,
  // A title or a task with what is under it.
  numberedTask,
  namedTermTitle,
  questionTitle,
  kindsOfTerm,
  enumeration,
  termWithBody,
  // Tables.
  termTable,
  wideTable,
];
