// "Export for Anki": the deck's cards as a text file Anki imports (one Basic note per card, the card id as GUID).
import { useState } from 'react';
import { plural } from '../../components/card-counts';
import { ankiExportFileName, ankiExportText } from '../../domain/anki-export';
import type { Deck } from '../../domain/deck';
import type { SaveFile } from './save-file';

interface AnkiExportPanelProps {
  deck: Deck;
  saveFile: SaveFile;
}

export function AnkiExportPanel({ deck, saveFile }: AnkiExportPanelProps) {
  const [status, setStatus] = useState('');
  const fileName = ankiExportFileName(deck);

  const exportNow = () => {
    saveFile(fileName, ankiExportText(deck), 'text/plain;charset=utf-8');
    setStatus(`Saved ${fileName}: ${plural(deck.cards.length, 'card')}.`);
  };

  return (
    <div className="anki-export">
      <p>
        All {plural(deck.cards.length, 'card')} of {deck.title} as a text file for Anki: in Anki, choose File › Import and pick the file. Each card becomes a
        Basic note in a deck called “{deck.title}”, tagged with its chapter and section (such as {deck.title.replace(/\s+/g, '_')}::Chapter::Section). Importing
        a newer export updates those notes instead of adding them twice. Your progress here is not part of it.
      </p>
      <div className="actions">
        <button type="button" className="button button-primary" onClick={exportNow} disabled={deck.cards.length === 0}>
          Export for Anki
        </button>
      </div>
      <p role="status" className="data-status">
        {status}
      </p>
    </div>
  );
}
