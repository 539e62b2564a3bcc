import { describe, expect, it } from 'vitest';
import { readInlineList } from '../../src/pipeline/rules/inline-list';
import { splitListItems } from '../../src/pipeline/text/list-items';
import { cardsOf, deckOf, enumerationsOf, lines } from './deck-helpers';

const plain = (text: string) => ({ text, mask: text });

describe('enumerations from a lead-in and its children', () => {
  it('lists the numbered items under a section title, named by their terms', () => {
    expect(
      enumerationsOf(
        deckOf(lines('Kubernetes Features', '1. Automatical Binpacking: schedules containers', '2. Self-healing: replaces containers', '3. Batch Execution')),
      ),
    ).toEqual([['Kubernetes Features', ['Automatical Binpacking', 'Self-healing', 'Batch Execution']]]);
  });

  it('lists the numbered items under a lead-in bullet ending in a colon (the worked example)', () => {
    const deck = deckOf(
      lines(
        'Explain different components for master and worker nodes',
        '-MN has following components:',
        '1. API Server: admin tasks performed via API server in MN',
        '--After executing reqs, resulting state of the cluster is stored in the ETCD',
        '2. Scheduler: schedules work to different worker nodes',
        '3. Controller Manager: manages different non-terminating control loops',
        '-kube-controller-manager runs controllers responsible to act when nodes become unavailable',
        '4. ETCD: Distributed key-value store',
      ),
    );
    expect(enumerationsOf(deck)).toEqual([['MN has following components', ['API Server', 'Scheduler', 'Controller Manager', 'ETCD']]]);
    expect(cardsOf(deck, 'definition').map((card) => [card.term, card.details.map((detail) => detail.text)])).toEqual([
      ['API Server', ['After executing reqs, resulting state of the cluster is stored in the ETCD']],
      ['Scheduler', []],
      ['Controller Manager', ['kube-controller-manager runs controllers responsible to act when nodes become unavailable']],
      ['kube-controller-manager', []],
      ['ETCD', []],
    ]);
  });

  it('names items by the text before `--` when they have no term', () => {
    expect(
      enumerationsOf(
        deckOf(
          lines(
            'Review Kubernetes Network setup requirements',
            '1. Unique IP assigned to each Pod-- can be done with either CNM or CNI',
            '2. Containers in Pod can communicate with each other',
          ),
        ),
      ),
    ).toEqual([['Review Kubernetes Network setup requirements', ['Unique IP assigned to each Pod', 'Containers in Pod can communicate with each other']]]);
  });

  it('names a section with a note by its title', () => {
    expect(
      enumerationsOf(
        deckOf(lines('Networking Challenges-- microservices rely on networking', '1. Container-to-container communication', '2. Pod-to-Pod communication')),
      ),
    ).toEqual([['Networking Challenges', ['Container-to-container communication', 'Pod-to-Pod communication']]]);
  });

  it('lists dash children when every one of them defines its subject', () => {
    expect(
      enumerationsOf(
        deckOf(
          lines(
            'Different container orchestration options',
            '-Amazon Elastic Container Service hosted by AWS to run Docker containers at scale',
            '-Nomad is container orchestrator from HashiCorp',
            '-Docker Swarm is container provider by Docker Inc, part of Docker Engine',
          ),
        ),
      ),
    ).toEqual([['Different container orchestration options', ['Amazon Elastic Container Service', 'Nomad', 'Docker Swarm']]]);
  });

  it('lists the children of any bullet ending in a colon', () => {
    expect(enumerationsOf(deckOf(lines('Title', '-Benefits of pods:', '--shared network', '--shared storage')))).toEqual([
      ['Benefits of pods', ['shared network', 'shared storage']],
    ]);
  });

  it('lists the children of a question title, and answers a one-child task title with a question card', () => {
    const deck = deckOf(
      lines('Why use threads?', '- responsiveness', '- resource sharing', '', 'Explain reasons for container orchestration:', '-Better performance and tools'),
    );
    expect(enumerationsOf(deck)).toEqual([['Why use threads?', ['responsiveness', 'resource sharing']]]);
    expect(cardsOf(deck, 'question').map((card) => [card.id, card.prompt, card.answer])).toEqual([
      ['notes/question/explain-reasons-for-container-orchestration', 'Explain reasons for container orchestration', 'Better performance and tools'],
    ]);
  });

  it('answers a question heading with its one paragraph', () => {
    expect(
      cardsOf(deckOf(lines('## Basics', '### Why use containers?', 'They package an app with its dependencies.')), 'question').map((card) => [
        card.prompt,
        card.answer,
      ]),
    ).toEqual([['Why use containers?', 'They package an app with its dependencies.']]);
  });

  it('lists the bullets right under a heading, not the paragraphs after them', () => {
    expect(
      enumerationsOf(
        deckOf(
          lines('## Processes', '### Process states', '- New: being created', '- Ready: waiting for a processor', '', 'Key idea: states change on events.'),
        ),
      ),
    ).toEqual([['Process states', ['New', 'Ready']]]);
  });

  it('makes no list of sentences under a plain title, nor of a definition with children', () => {
    expect(
      enumerationsOf(
        deckOf(
          lines(
            'Discuss Kubernetes Architecture',
            '-At high level, Kubernetes has one or more master nodes',
            '-Master Node: responsible for managing Kubernetes cluster',
            '--Can communicate with MN via CLI, GUI, or APIs',
            '--There can be multiple Master Nodes',
            '-Pods are scheduled on the worker nodes',
            '',
            'Define Kubernetes',
            '-Kubernetes: open-source system',
            '-Kubernetes Case Studies: https://kubernetes.io/case-studies/',
          ),
        ),
      ),
    ).toEqual([]);
  });

  it('reads items in one line under a lead-in ("-VMs, on-premise, baremetal, …")', () => {
    expect(
      enumerationsOf(
        deckOf(
          lines(
            'Different container orchestration deployment options',
            '-VMs, on-premise, baremetal, workstation, laptop, datacenter, AWS, Google Cloud, Azure Cloud',
          ),
        ),
      ),
    ).toEqual([
      [
        'Different container orchestration deployment options',
        ['VMs', 'on-premise', 'baremetal', 'workstation', 'laptop', 'datacenter', 'AWS', 'Google Cloud', 'Azure Cloud'],
      ],
    ]);
  });

  it('needs at least two items, and short ones, in a one-line list', () => {
    expect(
      enumerationsOf(
        deckOf(
          lines(
            'Explain reasons for container orchestration:',
            '-Better performance and tools, such as binding containers and storage, keeping resource usage in-check',
          ),
        ),
      ),
    ).toEqual([]);
    expect(enumerationsOf(deckOf(lines('Options', '-VMs')))).toEqual([]);
  });
});

describe('lists in one line', () => {
  it.each([
    [
      'Examples of Container Runtimes are runC, containerd, and rkt, are all good at running containers on a single host',
      'Examples of Container Runtimes',
      ['runC', 'containerd', 'rkt'],
    ],
    [
      'Different container orchestrators include Docker Swarm, Kubernetes, Mesos Marathon, Amazon ECS, Hashicorp Nomad',
      'Different container orchestrators',
      ['Docker Swarm', 'Kubernetes', 'Mesos Marathon', 'Amazon ECS', 'Hashicorp Nomad'],
    ],
    [
      'Kubernetes features/objects that can be traced to Borg are API servers, Pods, IP-per-Pod, Services, Labels',
      'Kubernetes features/objects that can be traced to Borg',
      ['API servers', 'Pods', 'IP-per-Pod', 'Services', 'Labels'],
    ],
    ['CRI consistes of protocol buffers, gRPC API, and libraries', 'CRI consistes of', ['protocol buffers', 'gRPC API', 'libraries']],
    [
      'Flannel, Weave, and Calico are a few SDN solutions available for Kubernetes clusters',
      'SDN solutions available for Kubernetes clusters',
      ['Flannel', 'Weave', 'Calico'],
    ],
    ['Volumes include emptyDir, hostPath and nfs.', 'Volumes', ['emptyDir', 'hostPath', 'nfs']],
  ])('"%s"', (text, prompt, items) => {
    expect(readInlineList(plain(text))).toMatchObject({ prompt, items });
    expect(enumerationsOf(deckOf(lines('Title', `-${text}`, '-other')))).toEqual([[prompt, items]]);
  });

  it('ids a "consists of" list by its subject, not its verb', () => {
    expect(cardsOf(deckOf(lines('## Chapter 3: Architecture', 'CRI consistes of protocol buffers, gRPC API, and libraries')), 'enumeration')[0].id).toBe(
      'architecture/enumeration/cri',
    );
  });

  it('lists the items of a clause ending in a colon ("MN has components: …")', () => {
    expect(enumerationsOf(deckOf('MN has components: API Server, Scheduler, ETCD'))).toEqual([['MN has components', ['API Server', 'Scheduler', 'ETCD']]]);
    expect(enumerationsOf(deckOf('See also: [Wikipedia](https://en.wikipedia.org/wiki/Paging), chapter 9.'))).toEqual([]);
  });

  it.each([
    'Pods are scheduled on nodes randomly in a Kubernetes cluster',
    'Containers are integrated with overall Kubernetes network model through use of Container Network Interface (CNI), supported by CNI plugins',
    'There are a few core plugins, most are 3rd party Software Defined Networking (SDN) solutions',
    'Kubernetes has one or more master nodes, one or more worker nodes, and distributed key-value store',
    'Containers can be deployed on the platform of our choice, such as desktops, clouds, VMs, etc.',
  ])('is not "%s"', (text) => {
    expect(readInlineList(plain(text))).toBeNull();
  });

  it('takes no items from code', () => {
    expect(enumerationsOf(deckOf(lines('Title', '-Kubernetes tools include `kubectl`, `kubeadm`, `kind`')))).toEqual([]);
  });

  it('splits "A, B, and C" and "A, B and C" alike and drops "etc."', () => {
    expect(splitListItems(plain('VMs, clouds and desktops, etc.'), false)).toEqual(['VMs', 'clouds', 'desktops']);
    expect(splitListItems(plain('VMs, clouds, and desktops'), false)).toEqual(['VMs', 'clouds', 'desktops']);
  });
});
