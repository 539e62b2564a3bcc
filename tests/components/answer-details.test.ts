import { describe, expect, it } from 'vitest';
import { nestAnswerDetails } from '../../src/components/answer-details';

describe('nestAnswerDetails', () => {
  it('builds the outline tree from depths, attaching a depth jump to the nearest shallower line', () => {
    const tree = nestAnswerDetails([
      { text: 'Also makes sure containers are healthy', depth: 1 },
      { text: 'Connects to container runtime using CRI', depth: 1 },
      { text: 'CRI consists of protocol buffers', depth: 2 },
      { text: 'ImageService responsible for image-related operations', depth: 3 },
      { text: 'Kubelet connects to CRI shim', depth: 1 },
      { text: 'jumped straight to depth 3', depth: 3 },
    ]);
    expect(tree).toEqual([
      { text: 'Also makes sure containers are healthy', children: [] },
      {
        text: 'Connects to container runtime using CRI',
        children: [{ text: 'CRI consists of protocol buffers', children: [{ text: 'ImageService responsible for image-related operations', children: [] }] }],
      },
      { text: 'Kubelet connects to CRI shim', children: [{ text: 'jumped straight to depth 3', children: [] }] },
    ]);
  });
});
