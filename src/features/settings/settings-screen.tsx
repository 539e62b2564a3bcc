// Settings, in sections: study settings (limits, scheduling, study day) and resetting progress. Later sections
// (exam date, appearance, export and import) are one more <SettingsSection> each.
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { paths } from '../../config/paths';
import type { Deck } from '../../domain/deck';
import { PageTitle } from '../../components/page-title';
import { ExamDateSetting } from './exam-date-setting';
import { FsrsTrainingPanel } from './fsrs/fsrs-training-panel';
import { ResetProgress } from './reset-progress';
import { RetentionWorkloadTable } from './retention-workload';
import { StudySettingsForm } from './study-settings-form';
import './settings.css';

interface SettingsScreenProps {
  deck: Deck;
  clock?: () => number;
}

interface SettingsSectionProps {
  id: string;
  title: string;
  description?: string;
  tone?: 'danger';
  children: ReactNode;
}

export function SettingsSection({ id, title, description, tone, children }: SettingsSectionProps) {
  const titleId = `settings-${id}-title`;
  return (
    <section className={tone ? `panel panel-wide settings-section is-${tone}` : 'panel panel-wide settings-section'} aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {description && <p className="settings-description">{description}</p>}
      {children}
    </section>
  );
}

export function SettingsScreen({ deck, clock = Date.now }: SettingsScreenProps) {
  return (
    <div className="screen container narrow">
      <PageTitle title="Settings" />
      <div className="screen-header">
        <p className="eyebrow">{deck.title}</p>
        <h1>Settings</h1>
        <p className="lead">How much to study each day and how the schedule spaces your reviews.</p>
      </div>
      <SettingsSection id="study" title="Study" description="Changes apply from the next card you see.">
        <StudySettingsForm clock={clock} retentionWorkload={<RetentionWorkloadTable deck={deck} clock={clock} />} />
      </SettingsSection>
      <SettingsSection id="memory-model" title="Memory model" description="FSRS parameters: how fast you are predicted to forget.">
        <FsrsTrainingPanel clock={clock} />
      </SettingsSection>
      <ExamDateSetting clock={clock} />
      <SettingsSection id="data" title="Backup & export" description="Save all your progress to a file, restore it, or export the cards for Anki.">
        <Link className="button" href={paths.data.href()}>
          Export or import progress…
        </Link>
      </SettingsSection>
      <SettingsSection id="reset" title="Reset progress" tone="danger">
        <ResetProgress clock={clock} deckTitle={deck.title} />
      </SettingsSection>
    </div>
  );
}
