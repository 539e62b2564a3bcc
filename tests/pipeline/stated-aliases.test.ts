import { describe, expect, it } from 'vitest';
import { deckOf } from './deck-helpers';

describe('stated aliases', () => {
  it('are read from every line, those that make no card too, each pair once', () => {
    const deck = deckOf(
      [
        '# Networks',
        '## Chapter 1: Addressing',
        'Routing',
        '-Hosts behind a router share one address through Network Address Translation (NAT)',
        '--NAT keeps a table of connections',
        '-Names are looked up in the DNS (Domain Name System) and cached',
        '-Network Address Translation (NAT) again, said twice',
        'Gateway: forwards packets between networks',
      ].join('\n'),
    );
    expect(deck.aliases).toEqual([
      { long: 'Network Address Translation', short: 'NAT' },
      { long: 'Domain Name System', short: 'DNS' },
    ]);
  });

  it('leave out what is inside code, and are absent when the notes state none', () => {
    expect(deckOf('# Notes\n\nRouting\n-use `Border Gateway Protocol (BGP)` in configs\n-Gateway: forwards packets\n').aliases).toBeUndefined();
  });
});
