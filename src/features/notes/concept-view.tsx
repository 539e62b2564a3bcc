// One concept as the reader sees it in the chapter: a definition, a list, a question or a cloze sentence.
import { AnswerDetails } from '../../components/answer-details';
import { SourceNote } from '../../components/source-note';
import type { Concept } from './chapter-concepts';
import { splitCloze } from './chapter-concepts';

function kindLabel(concept: Concept): string {
  switch (concept.kind) {
    case 'definition':
      return concept.bothWays ? 'Definition · asked both ways' : 'Definition';
    case 'enumeration':
      return `List of ${concept.card.items?.length ?? 0}`;
    case 'question':
      return concept.bothWays ? 'Question · asked both ways' : 'Question';
    case 'cloze':
      return 'Fill in the blank';
  }
}

function ConceptBody({ concept, titleId }: { concept: Concept; titleId: string }) {
  const { card } = concept;
  switch (concept.kind) {
    case 'definition':
    case 'question':
      return (
        <>
          <h3 id={titleId} className="concept-title">
            {concept.kind === 'definition' ? (card.term ?? card.prompt) : card.prompt}
          </h3>
          <p className="concept-answer">{card.answer}</p>
        </>
      );
    case 'enumeration':
      return (
        <>
          <h3 id={titleId} className="concept-title">
            {card.prompt}
          </h3>
          <ol className="concept-items">
            {(card.items ?? []).map((item, index) => (
              <li key={index}>{item}</li>
            ))}
          </ol>
        </>
      );
    case 'cloze':
      return (
        <p id={titleId} className="concept-cloze">
          {splitCloze(card.context ?? card.prompt, concept.hidden).map((part, index) => (part.hidden ? <mark key={index}>{part.text}</mark> : part.text))}
        </p>
      );
  }
}

export function ConceptView({ concept }: { concept: Concept }) {
  const titleId = `concept-${concept.key}`;
  return (
    <article className={`concept concept-${concept.kind}`} aria-labelledby={titleId}>
      <p className="concept-kind">{kindLabel(concept)}</p>
      <ConceptBody concept={concept} titleId={titleId} />
      <AnswerDetails details={concept.card.details} />
      <SourceNote source={concept.card.source} />
    </article>
  );
}
