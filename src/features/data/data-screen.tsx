// "Backup & export" (#/data): export all progress to a file, import such a file (preview, then merge or replace),
// and export the cards for Anki. Reached from Settings.
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { PageTitle } from '../../components/page-title';
import type { Deck } from '../../domain/deck';
import { AnkiExportPanel } from './anki-export-panel';
import { useDeckNames } from './deck-titles';
import { ExportProgress } from './export-progress';
import { ImportProgress } from './import-progress';
import { saveTextFile, type SaveFile } from './save-file';
import { SyncPanel } from './sync-panel';
import './data.css';
import { paths } from '../../config/paths';

interface DataScreenProps {
  deck: Deck;
  clock?: () => number;
  /** How a generated file is saved; a download unless a test passes its own. */
  saveFile?: SaveFile;
}

function DataSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const titleId = `data-${id}-title`;
  return (
    <section className="panel panel-wide data-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {children}
    </section>
  );
}

export function DataScreen({ deck, clock = Date.now, saveFile = saveTextFile }: DataScreenProps) {
  const deckNames = useDeckNames();
  return (
    <div className="screen container narrow">
      <PageTitle title="Backup & export" />
      <div className="screen-header">
        <p className="eyebrow">
          <Link href={paths.settings.href()}>Settings</Link>
        </p>
        <h1>Backup &amp; export</h1>
        <p className="lead">Your progress lives in this browser. Save it to a file, restore it, take the cards to Anki, or sync it with your other devices.</p>
      </div>
      <DataSection id="export" title="Export progress">
        <ExportProgress clock={clock} saveFile={saveFile} deckNames={deckNames} />
      </DataSection>
      <DataSection id="import" title="Import progress">
        <ImportProgress deck={deck} clock={clock} deckNames={deckNames} />
      </DataSection>
      <DataSection id="anki" title="Export for Anki">
        <AnkiExportPanel deck={deck} saveFile={saveFile} />
      </DataSection>
      <DataSection id="sync" title="Sync">
        <SyncPanel />
      </DataSection>
    </div>
  );
}
