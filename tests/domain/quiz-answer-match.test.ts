import { describe, expect, it } from 'vitest';
import {
  answerAliases,
  compactAnswer,
  matchAnswer,
  matchListEntries,
  sameAnswer,
  sameDefinition,
  sameTerm,
  typoAllowance,
} from '../../src/domain/quiz-answer-match';
import type { KnownTerm } from '../../src/domain/quiz-types';

const deckTerms: KnownTerm[] = [
  'Kubelet',
  'Kube-proxy',
  'Kubelet CRI Shims',
  'Scheduler',
  'Controller Manager',
  'kube-controller-manager',
  'API Server',
  'ETCD',
  'ImageService',
  'RuntimeService',
  'containerd',
  'cri-containerd',
  'CRI-O',
  'Container Runtime',
  'Pod',
  'Cloud Native Computing Foundation (aka CNCF)',
].map((text) => ({ text, cardId: `card:${text}` }));

const match = (given: string, expected: string, alternatives: string[] = []) => matchAnswer(given, expected, { alternatives, otherTerms: deckTerms });

describe('normalisation', () => {
  it('ignores case, punctuation, hyphens, spacing, leading articles and simple plurals', () => {
    expect(compactAnswer('  The Kube-Proxy ')).toBe('kubeproxy');
    expect(compactAnswer('kube proxy')).toBe('kubeproxy');
    expect(compactAnswer('an API server!')).toBe('apiserver');
    expect(compactAnswer('Pods')).toBe(compactAnswer('pod'));
    expect(compactAnswer('policies')).toBe(compactAnswer('policy'));
    expect(compactAnswer('processes')).toBe(compactAnswer('process'));
    expect(compactAnswer('IPs')).toBe(compactAnswer('IP'));
    expect(compactAnswer('Container’s')).toBe(compactAnswer('containers'));
    expect(compactAnswer('Kubernetes')).toBe(compactAnswer('kubernetes'));
  });

  it('keeps a lone article and non-Latin letters', () => {
    expect(compactAnswer('A')).toBe('a');
    expect(compactAnswer('Über-Knoten')).toBe('uberknoten');
    expect(compactAnswer('ノード')).toBe('ノード');
  });

  it('compares answers and terms', () => {
    expect(sameAnswer('Self healing', 'self-healing')).toBe(true);
    expect(sameAnswer('', '')).toBe(false);
    expect(sameTerm('etcd', 'ETCD')).toBe(true);
    expect(sameTerm('CNCF', 'Cloud Native Computing Foundation (aka CNCF)')).toBe(true);
    expect(sameTerm('Kubelet', 'Kube-proxy')).toBe(false);
  });

  it('tells definitions that say the same from different ones', () => {
    expect(sameDefinition('dockershim- containers are created using Docker installed on WNs', 'containers are created using Docker installed on WNs')).toBe(
      true,
    );
    expect(sameDefinition('responsible for image-related operations', 'repsonsible for image-related operations')).toBe(true);
    expect(sameDefinition('responsible for image-related operations', 'responsible for Pod and container-related operations')).toBe(false);
    expect(sameDefinition('Agent on each node', 'network proxy on each node')).toBe(false);
    // Too short to count as contained.
    expect(sameDefinition('a proxy', 'network proxy running on each WN')).toBe(false);
  });

  it('scales the typo allowance with length', () => {
    expect([3, 4, 7, 8, 24, 25].map(typoAllowance)).toEqual([0, 1, 1, 2, 2, 3]);
  });

  it('derives stated short forms, abbreviations and initials', () => {
    expect(answerAliases('Cloud Native Computing Foundation (aka CNCF)').map((alias) => [alias.text, alias.kind])).toEqual([
      ['Cloud Native Computing Foundation (aka CNCF)', 'full'],
      ['Cloud Native Computing Foundation', 'short'],
      ['CNCF', 'abbreviation'],
      ['Cloud NCF', 'derived'],
    ]);
    expect(answerAliases('Open Container Initiative').map((alias) => alias.text)).toContain('OCI');
    expect(answerAliases('Amazon Elastic Container Service').map((alias) => alias.text)).toEqual(['Amazon Elastic Container Service', 'AECS', 'Amazon ECS']);
    expect(answerAliases('Kubernetes').map((alias) => alias.text)).toEqual(['Kubernetes', 'k8s']);
    expect(answerAliases('API Server').map((alias) => alias.kind)).toEqual(['full']);
  });

  it('counts a derived shortening as the same term only against a name as written', () => {
    expect(sameTerm('Amazon ECS', 'Amazon Elastic Container Service')).toBe(true);
    expect(sameTerm('k8s', 'Kubernetes')).toBe(true);
    // Both merely shorten to "SDLB": a coincidence, not the same term.
    expect(sameTerm('Service Discovery and Load Balancing', 'Storage Driver Log Buffer')).toBe(false);
  });
});

describe('matchAnswer', () => {
  it('accepts the exact term, whatever the case', () => {
    expect(match('Kubelet', 'Kubelet')).toMatchObject({ accepted: true, kind: 'exact', explanation: 'Correct' });
    expect(match('etcd', 'ETCD')).toMatchObject({ accepted: true, kind: 'exact' });
  });

  it('accepts plurals, articles and hyphen variants and says so', () => {
    expect(match('the pods', 'Pod')).toMatchObject({ accepted: true, kind: 'variant', explanation: 'Accepted: written differently (the pods → Pod)' });
    expect(match('kube proxy', 'Kube-proxy')).toMatchObject({ accepted: true, kind: 'variant' });
    expect(match('Kubeproxy', 'Kube-proxy')).toMatchObject({ accepted: true, kind: 'variant' });
    expect(match('API-server', 'API Server')).toMatchObject({ accepted: true, kind: 'variant' });
  });

  it('accepts small typos scaled to length', () => {
    expect(match('kubelett', 'Kubelet')).toMatchObject({ accepted: true, kind: 'typo', explanation: 'Accepted: small typo (kubelett → Kubelet)' });
    expect(match('Kublet', 'Kubelet')).toMatchObject({ accepted: true, kind: 'typo' });
    expect(match('Schedular', 'Scheduler')).toMatchObject({ accepted: true, kind: 'typo' });
    expect(match('Controler Manger', 'Controller Manager')).toMatchObject({ accepted: true, kind: 'typo' });
    expect(match('Horizantal Scalling', 'Horizontal Scaling')).toMatchObject({ accepted: true, kind: 'typo' });
  });

  it('rejects more typos than the length allows', () => {
    expect(match('kbllt', 'Kubelet')).toMatchObject({ accepted: false, kind: 'wrong', explanation: 'Not accepted: the answer is Kubelet' });
    expect(match('rkd', 'rkt')).toMatchObject({ accepted: false });
    expect(match('Pad', 'Pod')).toMatchObject({ accepted: false });
  });

  it('accepts stated abbreviations, the spelled-out form and initials', () => {
    const term = 'Cloud Native Computing Foundation (aka CNCF)';
    expect(match('CNCF', term)).toMatchObject({ accepted: true, kind: 'abbreviation', explanation: 'Accepted: abbreviation CNCF' });
    expect(match('cncf', term)).toMatchObject({ accepted: true, kind: 'abbreviation' });
    expect(match('cloud native computing foundation', term)).toMatchObject({ accepted: true, kind: 'exact' });
    expect(match('Cloud Native Computing Fundation', term)).toMatchObject({ accepted: true, kind: 'typo' });
    expect(match('OCI', 'Open Container Initiative')).toMatchObject({ accepted: true, kind: 'abbreviation', explanation: 'Accepted: abbreviation OCI' });
    // An abbreviation must be exact: one letter off is a different name.
    expect(match('CNCG', term)).toMatchObject({ accepted: false });
  });

  it('rejects a different term of the deck and names it', () => {
    expect(match('kube-proxy', 'Kubelet')).toMatchObject({
      accepted: false,
      kind: 'other-term',
      explanation: 'Not accepted: Kube-proxy is a different term',
      otherTerm: { text: 'Kube-proxy', cardId: 'card:Kube-proxy' },
    });
    expect(match('kubelet', 'Kube-proxy')).toMatchObject({ accepted: false, kind: 'other-term', explanation: 'Not accepted: Kubelet is a different term' });
    expect(match('Scheduler', 'Controller Manager')).toMatchObject({
      accepted: false,
      kind: 'other-term',
      explanation: 'Not accepted: Scheduler is a different term',
    });
    expect(match('Controller Manager', 'Scheduler')).toMatchObject({ accepted: false, kind: 'other-term' });
    expect(match('ImageService', 'RuntimeService')).toMatchObject({
      accepted: false,
      kind: 'other-term',
      explanation: 'Not accepted: ImageService is a different term',
    });
    expect(match('RuntimeService', 'ImageService')).toMatchObject({ accepted: false, kind: 'other-term' });
    expect(match('containerd', 'cri-containerd')).toMatchObject({
      accepted: false,
      kind: 'other-term',
      explanation: 'Not accepted: containerd is a different term',
    });
    expect(match('cri-containerd', 'containerd')).toMatchObject({ accepted: false, kind: 'other-term' });
    expect(match('kube-controller-manager', 'Controller Manager')).toMatchObject({ accepted: false, kind: 'other-term' });
    expect(match('Kubelet CRI Shims', 'Kubelet')).toMatchObject({ accepted: false, kind: 'other-term' });
  });

  it('rejects a typo that is as close to another term as to the expected one', () => {
    // Two edits from "containerd" (a tolerated typo on its own), but one from "cri-containerd".
    expect(match('ricontainerd', 'containerd')).toMatchObject({
      accepted: false,
      kind: 'other-term',
      explanation: 'Not accepted: closer to cri-containerd, a different term',
    });
    expect(matchAnswer('ricontainerd', 'containerd')).toMatchObject({ accepted: true, kind: 'typo' });
    expect(match('kubelet cri shim', 'Kubelet')).toMatchObject({
      accepted: false,
      kind: 'other-term',
      explanation: 'Not accepted: Kubelet CRI Shims is a different term',
    });
    expect(match('containerdd', 'cri-containerd')).toMatchObject({ accepted: false, kind: 'other-term' });
  });

  it('prefers the expected term when it is also spelled like another card of the same thing', () => {
    expect(match('etcd', 'etcd', ['ETCD'])).toMatchObject({ accepted: true });
    expect(matchAnswer('ETCD', 'etcd', { otherTerms: deckTerms })).toMatchObject({ accepted: true, kind: 'exact' });
    expect(matchAnswer('CNCF', 'CNCF', { otherTerms: deckTerms })).toMatchObject({ accepted: true });
  });

  it('treats empty and punctuation-only input as no answer', () => {
    expect(match('', 'Kubelet')).toMatchObject({ accepted: false, kind: 'empty', explanation: 'No answer: the answer is Kubelet' });
    expect(match('   ', 'Kubelet')).toMatchObject({ accepted: false, kind: 'empty' });
    expect(match('--?', 'Kubelet')).toMatchObject({ accepted: false, kind: 'empty' });
  });

  it('never accepts a different number as a typo', () => {
    expect(matchAnswer('every 2 months', 'every 3 months')).toMatchObject({ accepted: false });
    expect(matchAnswer('every 3 month', 'every 3 months')).toMatchObject({ accepted: true });
  });

  it('does not accept an answer that merely contains the term', () => {
    expect(match('Kubelet agent on each node', 'Kubelet')).toMatchObject({ accepted: false });
  });
});

describe('matchListEntries', () => {
  const mnComponents = ['API Server', 'Scheduler', 'Controller Manager', 'ETCD'];

  it('matches entries in any order, tolerating typos and case', () => {
    const result = matchListEntries(['etcd', 'schedular', 'controller manager', 'api-server'], mnComponents, deckTerms);
    expect(result.items.map((item) => [item.given, item.verdict.kind])).toEqual([
      ['api-server', 'variant'],
      ['schedular', 'typo'],
      ['controller manager', 'exact'],
      ['etcd', 'exact'],
    ]);
    expect(result.extras).toEqual([]);
  });

  it('reports missing items, repeats and entries that name other terms', () => {
    const result = matchListEntries(['Scheduler', 'scheduler', 'kubelet', 'banana'], mnComponents, deckTerms);
    expect(result.items.filter((item) => item.verdict.accepted).map((item) => item.given)).toEqual(['Scheduler']);
    expect(result.items[0].verdict.explanation).toBe('Missing: API Server');
    expect(result.extras.map((extra) => [extra.given, extra.verdict.kind, extra.verdict.explanation])).toEqual([
      ['scheduler', 'repeat', 'Already named: Scheduler'],
      ['kubelet', 'other-term', 'Not in this list: Kubelet is a different term'],
      ['banana', 'wrong', 'Not in this list: banana'],
    ]);
  });

  it('does not let an entry for another term take a list item', () => {
    const runtimes = ['runC', 'containerd', 'rkt'];
    const result = matchListEntries(['cri-containerd', 'runc', 'RKT'], runtimes, deckTerms);
    expect(result.items.map((item) => item.given)).toEqual(['runc', null, 'RKT']);
    expect(result.extras[0]).toMatchObject({ given: 'cri-containerd', verdict: { kind: 'other-term' } });
  });

  it('accepts the words that name a long item', () => {
    const challenges = [
      'Container-to-container communication inside Pods',
      'Pod-to-Pod communication on the same node and across cluster nodes',
      'Pod-to-Service communication within the same namespace and across cluster namespaces',
      'External-to-Service communication for clients to access applications in a cluster',
    ];
    const result = matchListEntries(
      ['external to service communication', 'pod to pod communication', 'Pod-to-Service comunication', 'container to container communication in pods'],
      challenges,
    );
    expect(result.items.map((item) => [item.given, item.verdict.kind])).toEqual([
      ['container to container communication in pods', 'key-words'],
      ['pod to pod communication', 'key-words'],
      ['Pod-to-Service comunication', 'key-words'],
      ['external to service communication', 'key-words'],
    ]);
    expect(result.items[1].verdict.explanation).toBe('Accepted: names Pod-to-Pod communication on the same node and across cluster nodes');
  });

  it('does not accept words that fit several items, or words from outside the item', () => {
    const challenges = [
      'Pod-to-Pod communication on the same node and across cluster nodes',
      'Pod-to-Service communication within the same namespace and across cluster namespaces',
    ];
    const result = matchListEntries(['communication', 'pod communication', 'pod to database communication'], challenges);
    expect(result.items.every((item) => !item.verdict.accepted)).toBe(true);
    expect(result.extras.map((extra) => extra.verdict.explanation)).toEqual([
      `Not accepted: could be ${challenges[0]} or ${challenges[1]}; say which`,
      `Not accepted: could be ${challenges[0]} or ${challenges[1]}; say which`,
      'Not in this list: pod to database communication',
    ]);
    // Words of one item only, however ordered: accepted.
    expect(matchListEntries(['communication between pods on the same node'], challenges).items[0]).toMatchObject({ verdict: { accepted: true } });
    expect(matchListEntries(['pod to pod on same node'], challenges).items[0]).toMatchObject({
      given: 'pod to pod on same node',
      verdict: { accepted: true, kind: 'key-words' },
    });
  });

  it('accepts one word only when it is a head word of the item', () => {
    const features = ['Automatical Binpacking', 'Thriving community with many commits to code and meetups'];
    const result = matchListEntries(['binpacking', 'code'], features);
    expect(result.items.map((item) => item.given)).toEqual(['binpacking', null]);
    expect(result.extras.map((extra) => extra.given)).toEqual(['code']);
  });

  it('accepts shortenings of list items', () => {
    const options = ['Amazon Elastic Container Service', 'Kubernetes', 'Nomad'];
    const result = matchListEntries(['k8s', 'Amazon ECS', 'nomad'], options, deckTerms);
    expect(result.items.map((item) => [item.given, item.verdict.kind])).toEqual([
      ['Amazon ECS', 'abbreviation'],
      ['k8s', 'abbreviation'],
      ['nomad', 'exact'],
    ]);
  });

  it('says which list item an entry naming another term was close to', () => {
    const shims = ['dockershim', 'cri-containerd', 'CRI-O'];
    const result = matchListEntries(['containerd'], shims, deckTerms);
    expect(result.extras[0].verdict.explanation).toBe('Not in this list: containerd is a different term; this list has cri-containerd');
  });

  it('needs more words when two items start alike', () => {
    const abilities = ['Bind containers and storage', 'Bind containers of similar type, such as services, to a higher-level construct'];
    const vague = matchListEntries(['bind containers'], abilities);
    expect(vague.items.every((item) => !item.verdict.accepted)).toBe(true);
    const precise = matchListEntries(['bind containers of similar type', 'bind containers and storage'], abilities);
    expect(precise.items.map((item) => item.given)).toEqual(['bind containers and storage', 'bind containers of similar type']);
  });

  it('gives no credit for empty entries', () => {
    const result = matchListEntries(['', '  '], mnComponents);
    expect(result.items.every((item) => item.given === null)).toBe(true);
    expect(result.extras).toEqual([]);
  });
});
