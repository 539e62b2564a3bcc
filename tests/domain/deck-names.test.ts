// The names a deck gives one thing, on a small deck about databases (so the rules are not about Kubernetes only).
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../src/domain/deck';
import { collectDeckNames, statedAbbreviations } from '../../src/domain/deck-names';
import { definition, enumeration } from '../fixtures/quiz-deck';

const place = { chapterId: 'databases', section: 'Managed databases', line: 1 };

const deck: Deck = {
  id: 'databases',
  title: 'Databases',
  chapters: [],
  cards: [
    enumeration(place, 'Managed databases', ['Amazon Aurora', 'Google Spanner', 'Azure Cosmos DB', 'Amazon RDS']),
    ...definition(place, 'Aurora', 'relational database engine from Amazon'),
    ...definition(place, 'Google Spanner', 'globally distributed database from Google'),
    ...definition(place, 'Cosmos DB', 'multi-model database service by Microsoft'),
    ...definition(place, 'Amazon Relational Database Service', 'managed relational databases'),
    ...definition(place, 'Primary Key', 'a column that identifies each row of a Primary table, set on Primary creation'),
    ...definition(place, 'Write-Ahead Log', 'changes written before the data; Postgres replays the WAL after a crash'),
    ...definition(place, 'Hot Standby', 'a replica that serves reads; the HS takes over when the primary fails'),
    ...definition(place, 'Master Server', 'takes the writes'),
    ...definition(place, 'Mirror Server', 'copies the writes; an MS may lag'),
    ...definition(place, 'SQL', 'the language of relational databases'),
  ],
  warnings: [],
  aliases: [{ long: 'Structured Query Language', short: 'SQL' }],
};

const names = collectDeckNames(deck);

describe('statedAbbreviations', () => {
  it('reads a long form with its abbreviation in brackets, either way round', () => {
    expect(statedAbbreviations('no Network Address Translation(NAT) between Pods')).toEqual([{ long: 'Network Address Translation', short: 'NAT' }]);
    expect(statedAbbreviations('via a DNS (Domain Name System)')).toEqual([{ long: 'Domain Name System', short: 'DNS' }]);
    expect(statedAbbreviations('either Container Network Model (CNM, proposed by Docker) or Container Network Interface (CNI proposed by CoreOS)')).toEqual([
      { long: 'Container Network Model', short: 'CNM' },
      { long: 'Container Network Interface', short: 'CNI' },
    ]);
    expect(statedAbbreviations('Cloud Native Computing Foundation (aka CNCF)')).toEqual([{ long: 'Cloud Native Computing Foundation', short: 'CNCF' }]);
    expect(statedAbbreviations('based on software-defined storage (SDS)')).toEqual([{ long: 'software-defined storage', short: 'SDS' }]);
    expect(statedAbbreviations('Bring Your Own Device (BYOD) policies')).toEqual([{ long: 'Bring Your Own Device', short: 'BYOD' }]);
  });

  it('ignores brackets that state no abbreviation', () => {
    expect(statedAbbreviations('Pods (the smallest unit) run containers')).toEqual([]);
    expect(statedAbbreviations('see the API (v1) and Some Other Thing (SQL)')).toEqual([]);
    expect(statedAbbreviations('(NAT) alone')).toEqual([]);
  });
});

describe('collectDeckNames', () => {
  it('joins a prefixed form with the name when a definition names the prefix as the maker', () => {
    expect(names.aliasesOf('Aurora')).toEqual(['Amazon Aurora']);
    expect(names.aliasesOf('Amazon Aurora')).toEqual(['Aurora']);
    expect(names.aliasesOf('Google Spanner')).toEqual(['Spanner']);
    expect(names.same('Spanner', 'Google Spanner')).toBe(true);
  });

  it('keeps a prefix the notes do not name as the maker', () => {
    expect(names.same('Azure Cosmos DB', 'Cosmos DB')).toBe(false);
    expect(names.aliasesOf('Primary Key')).toEqual([]);
    expect(names.same('Key', 'Primary Key')).toBe(false);
  });

  it('joins names the notes state as one, and initials the cards use as a word', () => {
    expect(names.aliasesOf('SQL')).toEqual(['Structured Query Language']);
    expect(names.aliasesOf('Hot Standby')).toEqual(['HS']);
    // Initials of three words or more are a form of the name itself.
    expect(names.same('WAL', 'Write-Ahead Log')).toBe(true);
    // "MS" fits both Master Server and Mirror Server: it names neither.
    expect(names.aliasesOf('Master Server')).toEqual([]);
    expect(names.aliasesOf('Mirror Server')).toEqual([]);
  });

  it('takes a shortening the notes write with a prefix ("Amazon RDS") as theirs, and its initials alone too', () => {
    expect(names.same('Amazon RDS', 'Amazon Relational Database Service')).toBe(true);
    expect(names.aliasesOf('Amazon Relational Database Service')).toEqual(['RDS']);
    expect(names.aliasesOf('RDS')).toEqual(expect.arrayContaining(['Amazon Relational Database Service', 'Amazon RDS']));
  });

  it('knows a name’s own forms without the deck', () => {
    expect(names.same('sql', 'SQL')).toBe(true);
    expect(names.same('Write ahead logs', 'Write-Ahead Log')).toBe(true);
    expect(names.same('Aurora', 'Google Spanner')).toBe(false);
    expect(names.aliasesOf('Nothing Here')).toEqual([]);
  });
});
