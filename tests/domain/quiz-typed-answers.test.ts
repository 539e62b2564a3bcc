// Typed answers over the owner's deck (the deck the app is built with), as a learner writes them: right with typos,
// other names the notes give (aliases, abbreviations), plurals and spacing, or wrong but near. Every verdict and
// every explanation is asserted, so the explanation always names what the answer matched.
import builtDeck from 'virtual:deck';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../src/domain/deck';
import { generateQuiz } from '../../src/domain/quiz-generate';
import { gradeAnswer } from '../../src/domain/quiz-grade';
import type { ListRecallQuestion, Question, TypedQuestion } from '../../src/domain/quiz-types';

const deck: Deck = builtDeck;
const RIGHT = true;
const WRONG = false;

function onlyQuestion(cardId: string, format: 'typed' | 'list-recall'): Question {
  const quiz = generateQuiz({ deck, count: 5, formats: [format], scope: { kind: 'cards', cardIds: [cardId] }, seed: 1 });
  const [question] = quiz.questions;
  if (!question) throw new Error(`No ${format} question for ${cardId}`);
  return question;
}

/** The "type the term" question for a term of the deck (its first definition). */
function typedQuestion(term: string): TypedQuestion {
  const card = deck.cards.find((candidate) => candidate.kind === 'definition' && !candidate.reverse && candidate.term === term);
  if (!card) throw new Error(`The deck defines no ${term}`);
  const question = onlyQuestion(card.id, 'typed');
  if (question.format !== 'typed' || question.variant !== 'term') throw new Error(`No typed term question for ${term}`);
  return question;
}

function listQuestion(prompt: string): ListRecallQuestion {
  const card = deck.cards.find((candidate) => candidate.kind === 'enumeration' && candidate.prompt === prompt);
  if (!card) throw new Error(`The deck has no list ${prompt}`);
  const question = onlyQuestion(card.id, 'list-recall');
  if (question.format !== 'list-recall') throw new Error(`No list question for ${prompt}`);
  return question;
}

/** [the term asked for, what the learner typed, accepted, the explanation shown]. */
const TYPED: [term: string, given: string, accepted: boolean, explanation: string][] = [
  ['Container orchestration', 'container orchestration', RIGHT, 'Correct'],
  ['Container orchestration', 'Container Orchestration', RIGHT, 'Correct'],
  ['Container orchestration', 'container orchestraton', RIGHT, 'Accepted: small typo (container orchestraton → Container orchestration)'],
  ['Container orchestration', 'Container Orchestrator', WRONG, 'Not accepted: Container Orchestrator is a different term'],
  ['Container orchestration', 'orchestration', WRONG, 'Not accepted: the answer is Container orchestration'],
  ['Amazon Elastic Container Service', 'Amazon Elastic Container Service', RIGHT, 'Correct'],
  [
    'Amazon Elastic Container Service',
    'amazon elastic container services',
    RIGHT,
    'Accepted: written differently (amazon elastic container services → Amazon Elastic Container Service)',
  ],
  ['Amazon Elastic Container Service', 'ECS', RIGHT, 'Accepted: ECS is another name for Amazon Elastic Container Service'],
  ['Amazon Elastic Container Service', 'Amazon ECS', RIGHT, 'Accepted: abbreviation Amazon ECS'],
  ['Amazon Elastic Container Service', 'AECS', RIGHT, 'Accepted: abbreviation AECS'],
  [
    'Amazon Elastic Container Service',
    'Amazon Elastic Contaner Service',
    RIGHT,
    'Accepted: small typo (Amazon Elastic Contaner Service → Amazon Elastic Container Service)',
  ],
  ['Amazon Elastic Container Service', 'Azure Container Instances', WRONG, 'Not accepted: Azure Container Instances is a different term'],
  ['Amazon Elastic Container Service', 'EKS', WRONG, 'Not accepted: the answer is Amazon Elastic Container Service'],
  ['Azure Container Instances', 'Azure Container Instance', RIGHT, 'Accepted: written differently (Azure Container Instance → Azure Container Instances)'],
  ['Azure Container Instances', 'ACI', RIGHT, 'Accepted: abbreviation ACI'],
  ['Azure Container Instances', 'Azure Service Fabric', WRONG, 'Not accepted: Azure Service Fabric is a different term'],
  ['Azure Container Instances', 'Azure Contianer Instances', RIGHT, 'Accepted: small typo (Azure Contianer Instances → Azure Container Instances)'],
  ['Azure Service Fabric', 'azure service fabric', RIGHT, 'Correct'],
  ['Azure Service Fabric', 'Azure Service Fabrik', RIGHT, 'Accepted: small typo (Azure Service Fabrik → Azure Service Fabric)'],
  ['Azure Service Fabric', 'Azure Container Instances', WRONG, 'Not accepted: Azure Container Instances is a different term'],
  ['Azure Service Fabric', 'Service Fabric', RIGHT, 'Accepted: Service Fabric is another name for Azure Service Fabric'],
  ['Marathon', 'marathon', RIGHT, 'Correct'],
  ['Marathon', 'Mesos Marathon', RIGHT, 'Accepted: Mesos Marathon is another name for Marathon'],
  ['Marathon', 'Maraton', RIGHT, 'Accepted: small typo (Maraton → Marathon)'],
  ['Marathon', 'Mesos', WRONG, 'Not accepted: the answer is Marathon'],
  ['Marathon', 'Nomad', WRONG, 'Not accepted: Nomad is a different term'],
  ['Nomad', 'nomad', RIGHT, 'Correct'],
  ['Nomad', 'HashiCorp Nomad', RIGHT, 'Accepted: Hashicorp Nomad is another name for Nomad'],
  ['Nomad', 'hashicorp nomad', RIGHT, 'Accepted: Hashicorp Nomad is another name for Nomad'],
  ['Nomad', 'Nomda', RIGHT, 'Accepted: small typo (Nomda → Nomad)'],
  ['Nomad', 'Nomd', WRONG, 'Not accepted: the answer is Nomad'],
  ['Nomad', 'HashiCorp', WRONG, 'Not accepted: the answer is Nomad'],
  ['Nomad', 'Marathon', WRONG, 'Not accepted: Marathon is a different term'],
  ['Docker Swarm', 'docker swarm', RIGHT, 'Correct'],
  ['Docker Swarm', 'Docker Swram', RIGHT, 'Accepted: small typo (Docker Swram → Docker Swarm)'],
  ['Docker Swarm', 'Swarm', RIGHT, 'Accepted: Swarm is another name for Docker Swarm'],
  ['Docker Swarm', 'Docker', WRONG, 'Not accepted: the answer is Docker Swarm'],
  ['Containers', 'containers', RIGHT, 'Correct'],
  ['Containers', 'container', RIGHT, 'Accepted: written differently (container → Containers)'],
  ['Containers', 'containerd', WRONG, 'Not accepted: containerd is a different term'],
  ['Containers', 'Contaners', RIGHT, 'Accepted: small typo (Contaners → Containers)'],
  ['Containers', 'Container Images', WRONG, 'Not accepted: Container Images is a different term'],
  ['Container Images', 'container image', RIGHT, 'Accepted: written differently (container image → Container Images)'],
  ['Container Images', 'Container Imagse', RIGHT, 'Accepted: small typo (Container Imagse → Container Images)'],
  ['Container Images', 'Container Runtimes', WRONG, 'Not accepted: Container Runtimes is a different term'],
  ['Container Images', 'images', WRONG, 'Not accepted: the answer is Container Images'],
  ['Container Runtimes', 'container runtime', RIGHT, 'Accepted: written differently (container runtime → Container Runtimes)'],
  ['Container Runtimes', 'runtimes', WRONG, 'Not accepted: the answer is Container Runtimes'],
  ['Container Runtimes', 'runC', WRONG, 'Not accepted: runC is a different term'],
  ['Container Orchestrator', 'container orchestrator', RIGHT, 'Correct'],
  ['Container Orchestrator', 'Container Orchestrators', RIGHT, 'Accepted: written differently (Container Orchestrators → Container Orchestrator)'],
  ['Container Orchestrator', 'Container orchestration', WRONG, 'Not accepted: Container orchestration is a different term'],
  ['Container Orchestrator', 'orchestrator', WRONG, 'Not accepted: the answer is Container Orchestrator'],
  ['Automatical Binpacking', 'Automatic Binpacking', RIGHT, 'Accepted: small typo (Automatic Binpacking → Automatical Binpacking)'],
  ['Automatical Binpacking', 'automatical bin packing', RIGHT, 'Accepted: written differently (automatical bin packing → Automatical Binpacking)'],
  ['Automatical Binpacking', 'binpacking', WRONG, 'Not accepted: the answer is Automatical Binpacking'],
  ['Automatical Binpacking', 'Horizontal Scaling', WRONG, 'Not accepted: Horizontal Scaling is a different term'],
  ['Self-healing', 'self healing', RIGHT, 'Accepted: written differently (self healing → Self-healing)'],
  ['Self-healing', 'selfhealing', RIGHT, 'Accepted: written differently (selfhealing → Self-healing)'],
  ['Self-healing', 'Self-Healing', RIGHT, 'Correct'],
  ['Self-healing', 'self-heal', WRONG, 'Not accepted: the answer is Self-healing'],
  ['Self-healing', 'auto healing', WRONG, 'Not accepted: the answer is Self-healing'],
  ['Horizontal Scaling', 'horizontal scaling', RIGHT, 'Correct'],
  ['Horizontal Scaling', 'Horizontal Scalling', RIGHT, 'Accepted: small typo (Horizontal Scalling → Horizontal Scaling)'],
  ['Horizontal Scaling', 'Horizantal Scaling', RIGHT, 'Accepted: small typo (Horizantal Scaling → Horizontal Scaling)'],
  ['Horizontal Scaling', 'Vertical Scaling', WRONG, 'Not accepted: the answer is Horizontal Scaling'],
  ['Horizontal Scaling', 'scaling', WRONG, 'Not accepted: the answer is Horizontal Scaling'],
  [
    'Service Discovery and Load Balancing',
    'Service Discovery & Load Balancing',
    RIGHT,
    'Accepted: written differently (Service Discovery & Load Balancing → Service Discovery and Load Balancing)',
  ],
  [
    'Service Discovery and Load Balancing',
    'service discovery and load-balancing',
    RIGHT,
    'Accepted: written differently (service discovery and load-balancing → Service Discovery and Load Balancing)',
  ],
  ['Service Discovery and Load Balancing', 'SDLB', RIGHT, 'Accepted: abbreviation SDLB'],
  ['Service Discovery and Load Balancing', 'Service Discovery', WRONG, 'Not accepted: the answer is Service Discovery and Load Balancing'],
  ['Service Discovery and Load Balancing', 'Load Balancing', WRONG, 'Not accepted: the answer is Service Discovery and Load Balancing'],
  [
    'Secrets/configuration management',
    'secrets configuration management',
    RIGHT,
    'Accepted: written differently (secrets configuration management → Secrets/configuration management)',
  ],
  [
    'Secrets/configuration management',
    'Secrets and configuration management',
    RIGHT,
    'Accepted: written differently (Secrets and configuration management → Secrets/configuration management)',
  ],
  [
    'Secrets/configuration management',
    'Secret/configuration managment',
    RIGHT,
    'Accepted: small typo (Secret/configuration managment → Secrets/configuration management)',
  ],
  ['Secrets/configuration management', 'Storage Orchestration', WRONG, 'Not accepted: Storage Orchestration is a different term'],
  ['Storage Orchestration', 'storage orchestration', RIGHT, 'Correct'],
  ['Storage Orchestration', 'Storage Orchestraion', RIGHT, 'Accepted: small typo (Storage Orchestraion → Storage Orchestration)'],
  ['Storage Orchestration', 'Container orchestration', WRONG, 'Not accepted: Container orchestration is a different term'],
  ['Cloud Native Computing Foundation (aka CNCF)', 'CNCF', RIGHT, 'Accepted: abbreviation CNCF'],
  ['Cloud Native Computing Foundation (aka CNCF)', 'cncf', RIGHT, 'Accepted: abbreviation CNCF'],
  ['Cloud Native Computing Foundation (aka CNCF)', 'Cloud Native Computing Foundation', RIGHT, 'Correct'],
  [
    'Cloud Native Computing Foundation (aka CNCF)',
    'cloud native computing fundation',
    RIGHT,
    'Accepted: small typo (cloud native computing fundation → Cloud Native Computing Foundation)',
  ],
  ['Cloud Native Computing Foundation (aka CNCF)', 'Linux Foundation', WRONG, 'Not accepted: the answer is Cloud Native Computing Foundation (aka CNCF)'],
  ['Cloud Native Computing Foundation (aka CNCF)', 'CNFC', WRONG, 'Not accepted: the answer is Cloud Native Computing Foundation (aka CNCF)'],
  ['Master Node', 'master node', RIGHT, 'Correct'],
  ['Master Node', 'MN', RIGHT, 'Accepted: MN is another name for Master Node'],
  ['Master Node', 'Master Nodes', RIGHT, 'Accepted: written differently (Master Nodes → Master Node)'],
  ['Master Node', 'Masternode', RIGHT, 'Accepted: written differently (Masternode → Master Node)'],
  ['Master Node', 'Worker Node', WRONG, 'Not accepted: Worker Node is a different term'],
  ['Master Node', 'control plane', WRONG, 'Not accepted: the answer is Master Node'],
  ['Worker Node', 'worker node', RIGHT, 'Correct'],
  ['Worker Node', 'WN', RIGHT, 'Accepted: WN is another name for Worker Node'],
  ['Worker Node', 'Woker Node', RIGHT, 'Accepted: small typo (Woker Node → Worker Node)'],
  ['Worker Node', 'Master Node', WRONG, 'Not accepted: Master Node is a different term'],
  ['Worker Node', 'Node', WRONG, 'Not accepted: the answer is Worker Node'],
  ['Pod', 'pod', RIGHT, 'Correct'],
  ['Pod', 'Pods', RIGHT, 'Accepted: written differently (Pods → Pod)'],
  ['Pod', 'the pod', RIGHT, 'Accepted: written differently (the pod → Pod)'],
  ['Pod', 'Pad', WRONG, 'Not accepted: the answer is Pod'],
  ['Pod', 'Po', WRONG, 'Not accepted: the answer is Pod'],
  ['Pod', 'Node', WRONG, 'Not accepted: the answer is Pod'],
  ['API Server', 'api server', RIGHT, 'Correct'],
  ['API Server', 'API-server', RIGHT, 'Accepted: written differently (API-server → API Server)'],
  ['API Server', 'apiserver', RIGHT, 'Accepted: written differently (apiserver → API Server)'],
  ['API Server', 'API Sever', RIGHT, 'Accepted: small typo (API Sever → API Server)'],
  ['API Server', 'kube-apiserver', WRONG, 'Not accepted: the answer is API Server'],
  ['API Server', 'Scheduler', WRONG, 'Not accepted: Scheduler is a different term'],
  ['API Server', 'API', WRONG, 'Not accepted: the answer is API Server'],
  ['Scheduler', 'scheduler', RIGHT, 'Correct'],
  ['Scheduler', 'Schedular', RIGHT, 'Accepted: small typo (Schedular → Scheduler)'],
  ['Scheduler', 'Sceduler', RIGHT, 'Accepted: small typo (Sceduler → Scheduler)'],
  ['Scheduler', 'kube-scheduler', WRONG, 'Not accepted: the answer is Scheduler'],
  ['Scheduler', 'Controller Manager', WRONG, 'Not accepted: Controller Manager is a different term'],
  ['Scheduler', 'Schedule', RIGHT, 'Accepted: small typo (Schedule → Scheduler)'],
  ['Controller Manager', 'controller manager', RIGHT, 'Correct'],
  ['Controller Manager', 'Controler Manager', RIGHT, 'Accepted: small typo (Controler Manager → Controller Manager)'],
  ['Controller Manager', 'Controller Manger', RIGHT, 'Accepted: small typo (Controller Manger → Controller Manager)'],
  ['Controller Manager', 'kube-controller-manager', WRONG, 'Not accepted: kube-controller-manager is a different term'],
  ['Controller Manager', 'cloud-controller-manager', WRONG, 'Not accepted: cloud-controller-manager is a different term'],
  ['Controller Manager', 'Controller', WRONG, 'Not accepted: the answer is Controller Manager'],
  ['kube-controller-manager', 'kube controller manager', RIGHT, 'Accepted: written differently (kube controller manager → kube-controller-manager)'],
  ['kube-controller-manager', 'kube-controler-manager', RIGHT, 'Accepted: small typo (kube-controler-manager → kube-controller-manager)'],
  ['kube-controller-manager', 'Controller Manager', WRONG, 'Not accepted: Controller Manager is a different term'],
  ['kube-controller-manager', 'cloud-controller-manager', WRONG, 'Not accepted: cloud-controller-manager is a different term'],
  ['cloud-controller-manager', 'cloud controller manager', RIGHT, 'Accepted: written differently (cloud controller manager → cloud-controller-manager)'],
  ['cloud-controller-manager', 'cloud-controller-manger', RIGHT, 'Accepted: small typo (cloud-controller-manger → cloud-controller-manager)'],
  ['cloud-controller-manager', 'kube-controller-manager', WRONG, 'Not accepted: kube-controller-manager is a different term'],
  ['ETCD', 'etcd', RIGHT, 'Correct'],
  ['ETCD', 'ectd', RIGHT, 'Accepted: small typo (ectd → ETCD)'],
  ['ETCD', 'etc', WRONG, 'Not accepted: the answer is ETCD'],
  ['ETCD', 'etdc', RIGHT, 'Accepted: small typo (etdc → ETCD)'],
  ['ETCD', 'ETCD database', WRONG, 'Not accepted: the answer is ETCD'],
  ['ETCD', 'etcdd', RIGHT, 'Accepted: small typo (etcdd → ETCD)'],
  ['ETCD', 'Raft', WRONG, 'Not accepted: the answer is ETCD'],
  ['Container Runtime', 'container runtime', RIGHT, 'Correct'],
  ['Container Runtime', 'Container Runtimes', RIGHT, 'Accepted: written differently (Container Runtimes → Container Runtime)'],
  ['Container Runtime', 'Container Runtme', RIGHT, 'Accepted: small typo (Container Runtme → Container Runtime)'],
  ['Container Runtime', 'containerd', WRONG, 'Not accepted: containerd is a different term'],
  ['Container Runtime', 'runtime', WRONG, 'Not accepted: the answer is Container Runtime'],
  ['Kubelet', 'kubelet', RIGHT, 'Correct'],
  ['Kubelet', 'kublet', RIGHT, 'Accepted: small typo (kublet → Kubelet)'],
  ['Kubelet', 'Kubelett', RIGHT, 'Accepted: small typo (Kubelett → Kubelet)'],
  ['Kubelet', 'Kube-let', RIGHT, 'Accepted: written differently (Kube-let → Kubelet)'],
  ['Kubelet', 'Kube-proxy', WRONG, 'Not accepted: Kube-proxy is a different term'],
  ['Kubelet', 'Kubectl', WRONG, 'Not accepted: the answer is Kubelet'],
  ['Kubelet', 'Kubelet CRI Shims', WRONG, 'Not accepted: Kubelet CRI Shims is a different term'],
  ['ImageService', 'Image Service', RIGHT, 'Accepted: written differently (Image Service → ImageService)'],
  ['ImageService', 'imageservice', RIGHT, 'Correct'],
  ['ImageService', 'ImageServce', RIGHT, 'Accepted: small typo (ImageServce → ImageService)'],
  ['ImageService', 'RuntimeService', WRONG, 'Not accepted: RuntimeService is a different term'],
  ['RuntimeService', 'Runtime Service', RIGHT, 'Accepted: written differently (Runtime Service → RuntimeService)'],
  ['RuntimeService', 'RuntimeServise', RIGHT, 'Accepted: small typo (RuntimeServise → RuntimeService)'],
  ['RuntimeService', 'ImageService', WRONG, 'Not accepted: ImageService is a different term'],
  ['dockershim', 'docker shim', RIGHT, 'Accepted: written differently (docker shim → dockershim)'],
  ['dockershim', 'dockershm', RIGHT, 'Accepted: small typo (dockershm → dockershim)'],
  ['dockershim', 'Docker', WRONG, 'Not accepted: the answer is dockershim'],
  ['dockershim', 'cri-containerd', WRONG, 'Not accepted: cri-containerd is a different term'],
  ['cri-containerd', 'cri containerd', RIGHT, 'Accepted: written differently (cri containerd → cri-containerd)'],
  ['cri-containerd', 'CRI-containerd', RIGHT, 'Correct'],
  ['cri-containerd', 'cri-containred', RIGHT, 'Accepted: small typo (cri-containred → cri-containerd)'],
  ['cri-containerd', 'containerd', WRONG, 'Not accepted: containerd is a different term'],
  ['cri-containerd', 'CRI-O', WRONG, 'Not accepted: CRI-O is a different term'],
  ['CRI-O', 'cri-o', RIGHT, 'Correct'],
  ['CRI-O', 'crio', RIGHT, 'Accepted: written differently (crio → CRI-O)'],
  ['CRI-O', 'CRI', WRONG, 'Not accepted: CRI is a different term'],
  ['CRI-O', 'cri-containerd', WRONG, 'Not accepted: cri-containerd is a different term'],
  ['Kube-proxy', 'kube proxy', RIGHT, 'Accepted: written differently (kube proxy → Kube-proxy)'],
  ['Kube-proxy', 'kubeproxy', RIGHT, 'Accepted: written differently (kubeproxy → Kube-proxy)'],
  ['Kube-proxy', 'kube-proxi', RIGHT, 'Accepted: small typo (kube-proxi → Kube-proxy)'],
  ['Kube-proxy', 'Kubelet', WRONG, 'Not accepted: Kubelet is a different term'],
  ['Kube-proxy', 'proxy', WRONG, 'Not accepted: the answer is Kube-proxy'],
  ['Network Namespace', 'network namespaces', RIGHT, 'Accepted: written differently (network namespaces → Network Namespace)'],
  ['Network Namespace', 'Network Namspace', RIGHT, 'Accepted: small typo (Network Namspace → Network Namespace)'],
  ['Network Namespace', 'namespace', WRONG, 'Not accepted: the answer is Network Namespace'],
  ['Network Namespace', 'Network Policy', WRONG, 'Not accepted: the answer is Network Namespace'],
  ['CNI', 'cni', RIGHT, 'Correct'],
  ['CNI', 'Container Network Interface', RIGHT, 'Accepted: Container Network Interface is another name for CNI'],
  ['CNI', 'container network interface', RIGHT, 'Accepted: Container Network Interface is another name for CNI'],
  ['CNI', 'Container Network Interfaces', RIGHT, 'Accepted: Container Network Interface is another name for CNI'],
  ['CNI', 'Container Network Interfase', RIGHT, 'Accepted: small typo (Container Network Interfase → Container Network Interface, another name for CNI)'],
  ['CNI', 'CNM', WRONG, 'Not accepted: CNM is a different term'],
  ['CNI', 'Container Network Model', WRONG, 'Not accepted: Container Network Model is a different term'],
  ['CNI', 'CRI', WRONG, 'Not accepted: CRI is a different term'],
  ['CNI', 'CNI plugins', WRONG, 'Not accepted: the answer is CNI'],
  ['services', 'Service', RIGHT, 'Accepted: written differently (Service → services)'],
  ['services', 'Services', RIGHT, 'Correct'],
  ['services', 'Servces', RIGHT, 'Accepted: small typo (Servces → services)'],
  ['services', 'Pods', WRONG, 'Not accepted: Pod is a different term'],
  ['Kubernetes', 'K8s', RIGHT, 'Accepted: abbreviation k8s'],
  ['Kubernetes', 'k8s', RIGHT, 'Accepted: abbreviation k8s'],
  ['Kubernetes', 'Kubernets', RIGHT, 'Accepted: small typo (Kubernets → Kubernetes)'],
  ['Kubernetes', 'kubernetes', RIGHT, 'Correct'],
  ['Kubernetes', 'Kubernete', RIGHT, 'Accepted: written differently (Kubernete → Kubernetes)'],
  ['Kubernetes', 'Borg', WRONG, 'Not accepted: the answer is Kubernetes'],
  ['Kubernetes', 'Docker Swarm', WRONG, 'Not accepted: Docker Swarm is a different term'],
];

interface ListRow {
  list: string;
  entries: string[];
  explanation: string;
  /** Per item of the list, in the notes' order. */
  items: string[];
  /** Entries that named no item. */
  extras: string[];
}

const LISTS: ListRow[] = [
  {
    list: 'Different container orchestrators',
    entries: ['Docker Swarm', 'Kubernetes', 'Marathon', 'Nomad', 'Amazon Elastic Container Service'],
    explanation: '5 of 5 named',
    items: [
      'Correct',
      'Correct',
      'Accepted: Marathon is another name for Mesos Marathon',
      'Accepted: Amazon Elastic Container Service is another name for Amazon ECS',
      'Accepted: Nomad is another name for Hashicorp Nomad',
    ],
    extras: [],
  },
  {
    list: 'Different container orchestrators',
    entries: ['swarm', 'k8s', 'mesos marathon', 'hashicorp nomad', 'ECS'],
    explanation: '5 of 5 named',
    items: [
      'Accepted: Swarm is another name for Docker Swarm',
      'Accepted: abbreviation k8s',
      'Correct',
      'Accepted: ECS is another name for Amazon ECS',
      'Correct',
    ],
    extras: [],
  },
  {
    list: 'Different container orchestrators',
    entries: ['Docker Swarm', 'Kubernetes', 'Azure Service Fabric', 'Nomad'],
    explanation: '3 of 5 named; missing: Mesos Marathon, Amazon ECS; not in this list: Azure Service Fabric',
    items: ['Correct', 'Correct', 'Missing: Mesos Marathon', 'Missing: Amazon ECS', 'Accepted: Nomad is another name for Hashicorp Nomad'],
    extras: ['Not in this list: Azure Service Fabric is a different term'],
  },
  {
    list: 'Different container orchestration options',
    entries: ['Amazon ECS', 'Azure Container Instances', 'Service Fabric', 'Kubernetes', 'Mesos Marathon', 'HashiCorp Nomad', 'Swarm'],
    explanation: '7 of 7 named',
    items: [
      'Accepted: abbreviation Amazon ECS',
      'Correct',
      'Accepted: Service Fabric is another name for Azure Service Fabric',
      'Correct',
      'Accepted: Mesos Marathon is another name for Marathon',
      'Accepted: Hashicorp Nomad is another name for Nomad',
      'Accepted: Swarm is another name for Docker Swarm',
    ],
    extras: [],
  },
  {
    list: 'Different container orchestration options',
    entries: ['Amazon Elastic Container Service', 'ACI', 'Azure Service Fabric', 'Kubernetes', 'Marathon', 'Nomad', 'Docker Swarm', 'Mesos'],
    explanation: '7 of 7 named; not in this list: Mesos',
    items: ['Correct', 'Accepted: abbreviation ACI', 'Correct', 'Correct', 'Correct', 'Correct', 'Correct'],
    extras: ['Not in this list: Mesos'],
  },
  {
    list: 'Examples of Container Runtimes',
    entries: ['runc', 'containerd', 'rkt'],
    explanation: '3 of 3 named',
    items: ['Correct', 'Correct', 'Correct'],
    extras: [],
  },
  {
    list: 'Examples of Container Runtimes',
    entries: ['runC', 'cri-containerd', 'rkt', 'docker'],
    explanation: '2 of 3 named; missing: containerd; not in this list: cri-containerd, docker',
    items: ['Correct', 'Missing: containerd', 'Correct'],
    extras: ['Not in this list: cri-containerd is a different term', 'Not in this list: docker'],
  },
  {
    list: 'Examples of Container Runtimes',
    entries: ['run c', 'containerd', 'rocket'],
    explanation: '2 of 3 named; missing: rkt; not in this list: rocket',
    items: ['Accepted: written differently (run c → runC)', 'Correct', 'Missing: rkt'],
    extras: ['Not in this list: rocket'],
  },
  {
    list: 'MN has following components',
    entries: ['etcd', 'schedular', 'api-server', 'controller manager'],
    explanation: '4 of 4 named',
    items: ['Accepted: written differently (api-server → API Server)', 'Accepted: small typo (schedular → Scheduler)', 'Correct', 'Correct'],
    extras: [],
  },
  {
    list: 'MN has following components',
    entries: ['ETCD', 'Scheduler', 'API Server', 'kube-controller-manager'],
    explanation: '3 of 4 named; missing: Controller Manager; not in this list: kube-controller-manager',
    items: ['Correct', 'Correct', 'Missing: Controller Manager', 'Correct'],
    extras: ['Not in this list: kube-controller-manager is a different term'],
  },
  {
    list: 'MN has following components',
    entries: ['API Server', 'Scheduler', 'Controller Manager', 'ETCD', 'Kubelet'],
    explanation: '4 of 4 named; not in this list: Kubelet',
    items: ['Correct', 'Correct', 'Correct', 'Correct'],
    extras: ['Not in this list: Kubelet is a different term'],
  },
  {
    list: 'WN has following components',
    entries: ['Container Runtime', 'Kubelet', 'CRI Shims', 'Kube-proxy'],
    explanation: '4 of 4 named',
    items: ['Correct', 'Correct', 'Accepted: names Kubelet CRI Shims', 'Correct'],
    extras: [],
  },
  {
    list: 'WN has following components',
    entries: ['container runtime', 'kubelet', 'kubelet cri shim', 'kube proxy'],
    explanation: '4 of 4 named',
    items: [
      'Correct',
      'Correct',
      'Accepted: written differently (kubelet cri shim → Kubelet CRI Shims)',
      'Accepted: written differently (kube proxy → Kube-proxy)',
    ],
    extras: [],
  },
  {
    list: 'WN has following components',
    entries: ['containerd', 'kubelet', 'kube-proxy'],
    explanation: '2 of 4 named; missing: Container Runtime, Kubelet CRI Shims; not in this list: containerd',
    items: ['Missing: Container Runtime', 'Correct', 'Missing: Kubelet CRI Shims', 'Correct'],
    extras: ['Not in this list: containerd is a different term; this list has Container Runtime'],
  },
  {
    list: 'CRI consists of',
    entries: ['protocol buffers', 'gRPC API', 'libraries'],
    explanation: '3 of 3 named',
    items: ['Correct', 'Correct', 'Correct'],
    extras: [],
  },
  {
    list: 'CRI consists of',
    entries: ['protobuf', 'grpc', 'libs'],
    explanation: '1 of 3 named; missing: protocol buffers, libraries; not in this list: protobuf, libs',
    items: ['Missing: protocol buffers', 'Accepted: names gRPC API', 'Missing: libraries'],
    extras: ['Not in this list: protobuf', 'Not in this list: libs'],
  },
  {
    list: 'SDN solutions available for Kubernetes clusters',
    entries: ['flannel', 'weave', 'calico'],
    explanation: '3 of 3 named',
    items: ['Correct', 'Correct', 'Correct'],
    extras: [],
  },
  {
    list: 'SDN solutions available for Kubernetes clusters',
    entries: ['Flanel', 'Weave Net', 'Calico', 'Cilium'],
    explanation: '2 of 3 named; missing: Weave; not in this list: Weave Net, Cilium',
    items: ['Accepted: small typo (Flanel → Flannel)', 'Missing: Weave', 'Correct'],
    extras: ['Not in this list: Weave Net', 'Not in this list: Cilium'],
  },
  {
    list: 'Kubernetes features/objects that can be traced to Borg',
    entries: ['API servers', 'Pods', 'IP per pod', 'Services', 'Labels'],
    explanation: '5 of 5 named',
    items: ['Correct', 'Correct', 'Accepted: written differently (IP per pod → IP-per-Pod)', 'Correct', 'Correct'],
    extras: [],
  },
  {
    list: 'Kubernetes features/objects that can be traced to Borg',
    entries: ['API server', 'pod', 'IP-per-Pod', 'service', 'label'],
    explanation: '5 of 5 named',
    items: [
      'Accepted: written differently (API server → API servers)',
      'Accepted: written differently (pod → Pods)',
      'Correct',
      'Accepted: written differently (service → Services)',
      'Accepted: written differently (label → Labels)',
    ],
    extras: [],
  },
  {
    list: 'Kubernetes Features',
    entries: ['binpacking', 'self healing', 'horizontal scaling', 'service discovery', 'rollouts', 'secrets', 'storage orchestration', 'batch execution'],
    explanation: '8 of 8 named',
    items: [
      'Accepted: names Automatical Binpacking',
      'Accepted: written differently (self healing → Self-healing)',
      'Correct',
      'Accepted: names Service Discovery and Load Balancing',
      'Accepted: names Automated rollouts/rollbacks without downtime',
      'Accepted: names Secrets/configuration management',
      'Correct',
      'Correct',
    ],
    extras: [],
  },
  {
    list: 'Networking Challenges',
    entries: ['container to container', 'pod to pod', 'pod to service', 'external to service'],
    explanation: '4 of 4 named',
    items: [
      'Accepted: names Container-to-container communication inside Pods',
      'Accepted: names Pod-to-Pod communication on the same node and across cluster nodes',
      'Accepted: names Pod-to-Service communication within the same namespace and across cluster namespaces',
      'Accepted: names External-to-Service communication for clients to access applications in a cluster',
    ],
    extras: [],
  },
  {
    list: 'Different container orchestration deployment options',
    entries: ['VMs', 'on-premise', 'bare metal', 'workstation', 'laptop', 'datacenter', 'AWS', 'Google Cloud', 'Azure'],
    explanation: '9 of 9 named',
    items: [
      'Correct',
      'Correct',
      'Accepted: written differently (bare metal → baremetal)',
      'Correct',
      'Correct',
      'Correct',
      'Correct',
      'Correct',
      'Accepted: names Azure Cloud',
    ],
    extras: [],
  },
  {
    list: 'Kubelet CRI Shims',
    entries: ['dockershim', 'cri containerd', 'crio'],
    explanation: '3 of 3 named',
    items: ['Correct', 'Accepted: written differently (cri containerd → cri-containerd)', 'Accepted: written differently (crio → CRI-O)'],
    extras: [],
  },
  {
    list: 'Kubelet CRI Shims',
    entries: ['docker shim', 'containerd', 'CRI-O'],
    explanation: '2 of 3 named; missing: cri-containerd; not in this list: containerd',
    items: ['Accepted: written differently (docker shim → dockershim)', 'Missing: cri-containerd', 'Correct'],
    extras: ['Not in this list: containerd is a different term; this list has cri-containerd'],
  },
];

describe('typed answers over the owner’s deck', () => {
  it('covers at least 150 answers and every term the deck asks to type', () => {
    expect(TYPED.length).toBeGreaterThanOrEqual(150);
    const asked = generateQuiz({ deck, count: 50, formats: ['typed'], seed: 7 }).questions.filter(
      (question): question is TypedQuestion => question.format === 'typed' && question.variant === 'term',
    );
    const covered = new Set(TYPED.map(([term]) => term));
    for (const question of asked) expect(covered, question.expected).toContain(question.expected);
  });

  it.each(TYPED)('%s ← “%s”', (term, given, accepted, explanation) => {
    const result = gradeAnswer(typedQuestion(term), { format: 'typed', text: given });
    expect({ accepted: result.correct, explanation: result.explanation }).toEqual({ accepted, explanation });
  });
});

describe('list answers over the owner’s deck', () => {
  it.each(LISTS)('$list ← $entries', ({ list, entries, explanation, items, extras }) => {
    const result = gradeAnswer(listQuestion(list), { format: 'list-recall', entries });
    expect({
      explanation: result.explanation,
      items: result.items.map((item) => item.explanation),
      extras: result.extras.map((extra) => extra.explanation),
    }).toEqual({ explanation, items, extras });
  });
});
