// The id map file kept next to the notes (`content/card-ids.json`, committed with them): read by the Vite plugin
// so the built deck carries its id moves, written by `npm run cards -- content/ --id-map content/card-ids.json`.
import { readFile, writeFile } from 'node:fs/promises';
import { type CardIdMap, EMPTY_CARD_ID_MAP, parseCardIdMap } from '../card-id-map';

export const CARD_ID_MAP_FILE = 'card-ids.json';

const ABOUT =
  'Card ids of the deck built from these notes and every id move recorded, so progress follows a card whose chapter or section was renamed. ' +
  'Rewrite it with: npm run cards -- <notes folder> --id-map <this file>';

/** The map in `file`; an empty map when there is none; an error with the reason when it cannot be read. */
export async function readCardIdMap(file: string): Promise<CardIdMap> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return EMPTY_CARD_ID_MAP;
    throw error;
  }
  const parsed = parseCardIdMap(JSON.parse(text));
  if (typeof parsed === 'string') throw new Error(`${file} is not a card id map: ${parsed}`);
  return parsed;
}

export async function writeCardIdMap(file: string, map: CardIdMap): Promise<void> {
  const sorted = Object.fromEntries(Object.entries(map.cards).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  await writeFile(file, JSON.stringify({ about: ABOUT, moved: map.moved, cards: sorted }, null, 2) + '\n');
}
