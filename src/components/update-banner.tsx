// Says that a new version of the app is ready; reloading switches to it, later keeps the current one for now.
import './update-banner.css';

interface UpdateBannerProps {
  onReload: () => void;
  onDismiss: () => void;
}

export function UpdateBanner({ onReload, onDismiss }: UpdateBannerProps) {
  return (
    <section className="update-banner" aria-label="App update">
      <p className="update-banner-text" role="status">
        A new version is available
      </p>
      <div className="update-banner-actions">
        <button type="button" className="button button-primary" onClick={onReload}>
          Reload
        </button>
        <button type="button" className="button" onClick={onDismiss}>
          Later
        </button>
      </div>
    </section>
  );
}
