import { describe, expect, it } from 'vitest';
import type { Card } from '../../src/domain/deck';
import { readDashDefinition } from '../../src/pipeline/rules/dash-definition';
import { readSubjectStatement } from '../../src/pipeline/rules/subject-statement';
import { splitAtColon } from '../../src/pipeline/text/definition-forms';
import { isTermPhrase } from '../../src/pipeline/text/phrase-rules';
import { cardsOf, deckOf, definitionsOf, lines } from './deck-helpers';

const plain = (text: string) => ({ text, mask: text });
/** The form a line is read in, as the line rules try them: `Term: def`, `Term - def`, then a subject statement. */
const read = (text: string) => {
  const colon = splitAtColon(plain(text));
  if (colon && isTermPhrase(colon.before) && colon.after.text !== '' && !/^https?:/.test(colon.after.text))
    return [colon.before.text, colon.after.text, 'colon'];
  const dash = readDashDefinition(plain(text));
  if (dash) return [dash.term, dash.answer, 'dash'];
  const subject = readSubjectStatement(plain(text));
  return subject ? [subject.term, subject.answer, 'subject'] : null;
};

describe('definition forms', () => {
  it('reads `Term: definition`', () => {
    expect(read('Kubelet: Agent that runs on each WN and communicates with MN')).toEqual([
      'Kubelet',
      'Agent that runs on each WN and communicates with MN',
      'colon',
    ]);
    expect(read('Service Discovery and Load Balancing: groups sets of containers')).toEqual([
      'Service Discovery and Load Balancing',
      'groups sets of containers',
      'colon',
    ]);
    expect(read('Secrets/configuration management: can manage secrets')).toEqual(['Secrets/configuration management', 'can manage secrets', 'colon']);
  });

  it('reads `**Term**: definition` (bold flattened) in a list', () => {
    expect(definitionsOf(deckOf(lines('- **Pod**: smallest deployable unit', '- **Node:** a worker machine')))).toEqual([
      ['Pod', 'smallest deployable unit'],
      ['Node', 'a worker machine'],
    ]);
  });

  it('reads `Term - definition` and `Term – definition`', () => {
    expect(read('Kube-proxy - network proxy on each node')).toEqual(['Kube-proxy', 'network proxy on each node', 'dash']);
    expect(read('Kubelet – node agent that runs pods')).toEqual(['Kubelet', 'node agent that runs pods', 'dash']);
  });

  it("reads the author's `dockershim- containers are …` (a word glued to `- `)", () => {
    expect(read('dockershim- containers are created using Docker installed on WNs')).toEqual([
      'dockershim',
      'containers are created using Docker installed on WNs',
      'dash',
    ]);
  });

  it('reads subject statements that define their subject', () => {
    expect(read('Nomad is container orchestrator from HashiCorp')).toEqual(['Nomad', 'container orchestrator from HashiCorp', 'subject']);
    expect(read('Amazon Elastic Container Service hosted by AWS to run Docker containers at scale')).toEqual([
      'Amazon Elastic Container Service',
      'hosted by AWS to run Docker containers at scale',
      'subject',
    ]);
    expect(read('ImageService repsonsible for image-related operations')).toEqual(['ImageService', 'repsonsible for image-related operations', 'subject']);
    expect(read('RuntimeService responsible for Pod and container-related operations')).toEqual([
      'RuntimeService',
      'responsible for Pod and container-related operations',
      'subject',
    ]);
    expect(read('etcd is based on Raft Consensus Algorithm, which allows machines to work as a group')).toEqual([
      'etcd',
      'based on Raft Consensus Algorithm, which allows machines to work as a group',
      'subject',
    ]);
    expect(read('CNI is a set of specification/libraries which lets plugins configure networking')).toEqual([
      'CNI',
      'a set of specification/libraries which lets plugins configure networking',
      'subject',
    ]);
    expect(read('kube-controller-manager runs controllers responsible to act when nodes become unavailable')).toEqual([
      'kube-controller-manager',
      'runs controllers responsible to act when nodes become unavailable',
      'subject',
    ]);
    expect(read('The kubelet is an agent on every node')).toEqual(['kubelet', 'an agent on every node', 'subject']);
  });

  it('makes a reverse sibling for every definition, with the term hidden', () => {
    const deck = deckOf(lines('Define concept of container orchestration', '-Container orchestration groups multi-container applications together at scale'));
    expect(deck.cards.map(({ id, noteId, reverse, prompt, answer, term }) => ({ id, noteId, reverse, prompt, answer, term }))).toEqual([
      {
        id: 'notes/definition/container-orchestration',
        noteId: 'notes/definition/container-orchestration',
        reverse: false,
        prompt: 'Container orchestration',
        answer: 'Container orchestration groups multi-container applications together at scale',
        term: 'Container orchestration',
      },
      {
        id: 'notes/definition/container-orchestration/reverse',
        noteId: 'notes/definition/container-orchestration',
        reverse: true,
        prompt: '[…] groups multi-container applications together at scale',
        answer: 'Container orchestration',
        term: 'Container orchestration',
      },
    ]);
  });

  it('keeps the children of a definition as its answer details, with their depth', () => {
    const deck = deckOf(
      lines(
        'Title',
        '-Master Node: responsible for managing the cluster',
        '--Can communicate with MN via CLI',
        '---or via the API',
        '--There can be multiple Master Nodes',
      ),
    );
    expect(cardsOf(deck, 'definition')[0].details).toEqual([
      { text: 'Can communicate with MN via CLI', depth: 1 },
      { text: 'or via the API', depth: 2 },
      { text: 'There can be multiple Master Nodes', depth: 1 },
    ]);
  });
});

describe('terms named by a section title', () => {
  it('defines the term of "Define concept of X" with its bullet', () => {
    expect(definitionsOf(deckOf(lines('Define concept of container orchestration', '-Container orchestration groups multi-container applications')))).toEqual([
      ['Container orchestration', 'Container orchestration groups multi-container applications'],
    ]);
  });

  it('defines the term of "Explain what X does" with its bullets (the rest become details)', () => {
    const card = cardsOf(
      deckOf(
        lines(
          'Explain what Cloud Native Computing Foundation (aka CNCF) does',
          '-Hosted by the Linux Foundation, aims to accelerate the adoption of containers',
          '-Hosts a set of projects',
        ),
      ),
      'definition',
    ).find((candidate) => candidate.term === 'Cloud Native Computing Foundation (aka CNCF)') as Card;
    expect([card.term, card.answer, card.details]).toEqual([
      'Cloud Native Computing Foundation (aka CNCF)',
      'Hosted by the Linux Foundation, aims to accelerate the adoption of containers',
      [{ text: 'Hosts a set of projects', depth: 1 }],
    ]);
  });

  it('hides the term and its abbreviation in the reverse card', () => {
    const deck = deckOf(
      lines('Explain what Cloud Native Computing Foundation (aka CNCF) does', '-CNCF hosts projects of the Cloud Native Computing Foundation'),
    );
    expect(deck.cards.find((card) => card.reverse && card.answer === 'Cloud Native Computing Foundation (aka CNCF)')?.prompt).toBe(
      '[…] hosts projects of the […]',
    );
  });

  it('skips the title when the section already defines that term explicitly', () => {
    expect(
      definitionsOf(
        deckOf(
          lines(
            'Define Kubernetes',
            '-Kubernetes: open-source system for automating deployment',
            '-Kubernetes Case Studies: https://kubernetes.io/case-studies/',
          ),
        ),
      ),
    ).toEqual([['Kubernetes', 'open-source system for automating deployment']]);
  });

  it('defines a glossary heading with its first sentence, the rest and the list under it as details', () => {
    const [card] = cardsOf(
      deckOf(
        lines(
          '## Processes',
          '### Threads',
          'Threads share the address space of their process. They are cheap to create:',
          '1. no new page tables',
          '2. shared files',
        ),
      ),
      'definition',
    );
    expect([card.term, card.answer, card.details]).toEqual([
      'Threads',
      'Threads share the address space of their process.',
      [
        { text: 'They are cheap to create:', depth: 1 },
        { text: 'no new page tables', depth: 1 },
        { text: 'shared files', depth: 1 },
      ],
    ]);
  });

  it('defines a glossary heading with the paragraph under it', () => {
    expect(
      definitionsOf(
        deckOf(lines('# Psychology', '', '#### Denial', 'Refusing to accept reality or facts.', '', '#### Overview', 'This page lists defense mechanisms.')),
      ),
    ).toEqual([['Denial', 'Refusing to accept reality or facts.']]);
  });
});

describe('not definitions', () => {
  it.each([
    ['a term whose answer is only a URL', 'Kubernetes Case Studies: https://kubernetes.io/case-studies/'],
    ['an empty answer', 'Pod:'],
    ['a lead-in ending in a colon', 'MN has following components:'],
    ['a fragment that merely contains a colon', 'At 10:30 the cluster restarted'],
    ['a clause before the colon', 'The scheduler takes into account: data locality'],
    ['a sentence before the colon', 'Before scheduling work, scheduler checks: quality of service'],
    ['a passive statement', 'Pods are scheduled on the worker nodes'],
    ['a modal statement', 'Containers can be deployed from a given image'],
    ['a statement with an adverb', 'Kubernetes is also referred to as k8s, 8 characters between k and s'],
    ['a pronoun subject', 'This model is called IP-per-Pod'],
    ['a list as subject', 'Flannel, Weave, and Calico are a few SDN solutions'],
    ['a clause subject', 'Pod is able to communicate with other Pods'],
    ['a note marker', 'Note: remember to drain the node'],
    ['a note label', 'Key idea: processes are isolated from each other'],
    ['Q: and A: lines', 'Q: what is a pod'],
  ])('%s: "%s"', (_case, text) => {
    expect(read(text)).toBeNull();
    expect(cardsOf(deckOf(lines('Title', `-${text}`, '-other bullet')), 'definition')).toEqual([]);
  });

  it('a term whose answer is only a link', () => {
    expect(
      cardsOf(deckOf(lines('Title', '-Docs: [the reference](https://kubernetes.io/docs/)', '-Pod: [unit](https://k8s.io) of scheduling')), 'definition').map(
        (card) => card.prompt,
      ),
    ).toEqual(['Pod']);
  });

  it('never reads a definition from code', () => {
    expect(read('`Kubelet: agent`')).toBeNull();
    const deck = deckOf(
      lines(
        'Title',
        '-`Kubelet: agent on each node`',
        '-Knows the label `disk: ssd` of a node',
        '',
        '```',
        'Pod: a unit',
        'etcd is a store',
        '```',
        '',
        '    Service: indented code',
      ),
    );
    expect(deck.cards).toEqual([]);
  });
});
