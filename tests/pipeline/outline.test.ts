import { describe, expect, it } from 'vitest';
import { lines, outlineOf, outlineRoot } from './deck-helpers';

const WORKED_EXAMPLE = lines(
  'Explain different components for master and worker nodes',
  '-MN has following components:',
  '1. API Server: admin tasks performed via API server in MN, operator sends REST commands to API',
  '--After executing reqs, resulting state of the cluster is stored in the ETCD',
  '2. Scheduler: schedules work to different worker nodes using resource usage info',
  '3. Controller Manager: manages different non-terminating control loops, regulating the state of the cluster',
  '--Each control loop knows about the desired state of the objects managed',
  "-If current state of objects managed by control loop doesn't match desired state, control loop corrects it",
  '-kube-controller-manager runs controllers responsible to act when nodes become unavailable',
  '4. ETCD: Distributed key-value store that is used by Kubernetes to manage cluster state',
);

describe('dash outline', () => {
  it('nests -x, --x and ---x under the plain line above them', () => {
    expect(outlineOf(lines('Title', '-a', '--b', '---c', '-d'))).toBe(lines('Title', '  a', '    b', '      c', '  d'));
  });

  it('reads `- x` (a real Markdown list) the same as `-x`', () => {
    const spaced = outlineOf(lines('Title', '- a', '  - b', '- c'));
    expect(spaced).toBe(outlineOf(lines('Title', '-a', '--b', '-c')));
    expect(spaced).toBe(lines('Title', '  a', '    b', '  c'));
  });

  it('keeps lazy dash lines after a `- x` bullet at their own depth', () => {
    expect(outlineOf(lines('Title', '- a', '-b', '--c'))).toBe(lines('Title', '  a', '  b', '    c'));
  });

  it('accepts a space after the dashes (`-- Once …`)', () => {
    expect(outlineOf(lines('Title', '-a', '-- b'))).toBe(lines('Title', '  a', '    b'));
  });

  it('attaches a depth jump with no parent to the nearest shallower level', () => {
    expect(outlineOf(lines('Evolution of Kubernetes', '--referred to as k8s', '--written in Go', '-traced to Borg'))).toBe(
      lines('Evolution of Kubernetes', '  referred to as k8s', '  written in Go', '  traced to Borg'),
    );
  });

  it('continues a section after one blank line and ends it after two', () => {
    expect(outlineOf(lines('Title', '-a', '', '-b'))).toBe(lines('Title', '  a', '  b'));
    expect(outlineOf(lines('Title', '-a', '', '', '-b'))).toBe(lines('Title', '  a', 'b'));
  });

  it('starts a new section at the next plain first line of a paragraph', () => {
    expect(outlineOf(lines('One', '-a', '', 'Two', '-b'))).toBe(lines('One', '  a', 'Two', '  b'));
  });
});

describe('numbered items', () => {
  it('rebuilds the worked example of DESIGN.md (lazy dash lines inside numbered items)', () => {
    expect(outlineOf(WORKED_EXAMPLE)).toBe(
      lines(
        'Explain different components for master and worker nodes',
        '  MN has following components:',
        '    1. API Server: admin tasks performed via API server in MN, operator sends REST commands to API',
        '      After executing reqs, resulting state of the cluster is stored in the ETCD',
        '    2. Scheduler: schedules work to different worker nodes using resource usage info',
        '    3. Controller Manager: manages different non-terminating control loops, regulating the state of the cluster',
        '      Each control loop knows about the desired state of the objects managed',
        "      If current state of objects managed by control loop doesn't match desired state, control loop corrects it",
        '      kube-controller-manager runs controllers responsible to act when nodes become unavailable',
        '    4. ETCD: Distributed key-value store that is used by Kubernetes to manage cluster state',
      ),
    );
  });

  it('makes `---x` inside a numbered item a grandchild', () => {
    expect(outlineOf(lines('Title', '1. Item', '--child', '---grandchild', '-sibling child'))).toBe(
      lines('Title', '  1. Item', '    child', '      grandchild', '    sibling child'),
    );
  });

  it('gives a numbered list after a section title to the section', () => {
    expect(outlineOf(lines('Kubernetes Features', '1. Self-healing: restarts', '2. Batch Execution'))).toBe(
      lines('Kubernetes Features', '  1. Self-healing: restarts', '  2. Batch Execution'),
    );
  });

  it('gives a numbered list after a lead-in bullet ending in a colon to that bullet', () => {
    expect(outlineOf(lines('Title', '-x', '--Orchestrators make things easier by able to:', '1. Bind containers', '2. Schedule containers'))).toBe(
      lines('Title', '  x', '    Orchestrators make things easier by able to:', '      1. Bind containers', '      2. Schedule containers'),
    );
  });

  it('keeps a numbered list after a bullet without a colon at the section level', () => {
    expect(outlineOf(lines('Title', '-a bullet', '1. one', '2. two'))).toBe(lines('Title', '  a bullet', '  1. one', '  2. two'));
  });

  it('reads a numbered line that CommonMark leaves in a paragraph (a list not starting at 1)', () => {
    expect(outlineOf(lines('Title', '2. two', '3. three'))).toBe(lines('Title', '  2. two', '  3. three'));
  });
});

describe('lines of a paragraph', () => {
  it('joins soft-wrapped prose into one line', () => {
    expect(outlineOf(lines('A long sentence that', 'wraps onto the next line.'))).toBe('A long sentence that wraps onto the next line.');
  });

  it('keeps Q:/A: lines and glossary lines apart', () => {
    expect(outlineOf(lines('Q: What is a Pod?', 'A: A group of containers'))).toBe(lines('Q: What is a Pod?', 'A: A group of containers'));
    expect(outlineOf(lines('Kubelet: node agent', 'Pod: scheduling unit'))).toBe(lines('Kubelet: node agent', 'Pod: scheduling unit'));
  });

  it('keeps inline code, emphasis and links as their text, and dashes inside code are not markers', () => {
    expect(outlineOf(lines('Title', '-**Kubelet**: runs `--node-ip` flags, see [docs](https://k8s.io)'))).toBe(
      lines('Title', '  Kubelet: runs --node-ip flags, see docs'),
    );
    expect(outlineOf(lines('Title', '-`--flag` is code'))).toBe(lines('Title', '  --flag is code'));
  });

  it('drops Obsidian tag lines and embeds', () => {
    expect(outlineOf(lines('Title', '#k8s #exam', '-a', '![[diagram.png]]'))).toBe(lines('Title', '  a'));
  });

  it('gives each line its own place (lazy lines included)', () => {
    const root = outlineRoot(WORKED_EXAMPLE);
    const [title] = root.children;
    const [leadIn] = title.children;
    const [apiServer] = leadIn.children;
    expect([title.line, title.column]).toEqual([1, 1]);
    expect([leadIn.line, leadIn.column]).toEqual([2, 1]);
    expect([apiServer.line, apiServer.column]).toEqual([3, 1]);
    expect([apiServer.children[0].line, apiServer.children[0].column]).toEqual([4, 1]);
    expect(leadIn.children[2].children.map((child) => child.line)).toEqual([7, 8, 9]);
  });

  it('puts headings above lines and nests them by level', () => {
    expect(outlineOf(lines('### Storage', 'Volumes', '-a', '#### Persistent', '-b', '### Network', '-c'))).toBe(
      lines('### Storage', '  Volumes', '    a', '  #### Persistent', '    b', '### Network', '  c'),
    );
  });

  it('nests a bullet indented by one space under the bullet above, as its writer meant', () => {
    expect(outlineOf(lines('* Collision resolution', ' * Chaining', ' * Probing', '* Load factor'))).toBe(
      lines('Collision resolution', '  Chaining', '  Probing', 'Load factor'),
    );
  });

  it('reads a line without a pipe after a table as no row of it', () => {
    const table = outlineRoot(lines('| Gas | Symbol |', '| --- | --- |', '| Helium | He |', '* x+y = 1')).children.find((node) => node.marker === 'table');
    expect(table?.table?.rows.map((row) => row.map((cell) => cell.text))).toEqual([['Helium', 'He']]);
  });
});
