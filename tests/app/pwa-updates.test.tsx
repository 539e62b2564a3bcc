import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useState } from 'react';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import PwaUpdatePrompt from '../../src/app/pwa-update-prompt';
import { canUseServiceWorker, PwaUpdates } from '../../src/app/pwa-updates';

// The registration module stands in for a service worker: whether a new version waits, and what a reload asked for.
const worker = vi.hoisted(() => ({
  waiting: false,
  updateServiceWorker: vi.fn(async (_reload?: boolean) => {}),
  registration: undefined as ServiceWorkerRegistration | undefined,
  announceNewVersion: (() => {}) as () => void,
}));

vi.mock('virtual:pwa-register/react', () => ({
  useRegisterSW: (options: RegisterSWOptions = {}) => {
    useEffect(() => options.onRegisteredSW?.('sw.js', worker.registration), []);
    const needRefresh = useState(worker.waiting);
    worker.announceNewVersion = () => needRefresh[1](true);
    return {
      needRefresh,
      offlineReady: useState(false),
      updateServiceWorker: worker.updateServiceWorker,
    };
  },
}));

beforeEach(() => {
  worker.waiting = false;
  worker.registration = undefined;
  worker.updateServiceWorker.mockClear();
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('canUseServiceWorker', () => {
  it('is true only for a production build in a browser with service workers', () => {
    const withWorkers = { serviceWorker: {} } as Navigator;
    expect(canUseServiceWorker(true, withWorkers)).toBe(true);
    expect(canUseServiceWorker(false, withWorkers)).toBe(false);
    expect(canUseServiceWorker(true, {} as Navigator)).toBe(false);
    expect(canUseServiceWorker(true, undefined)).toBe(false);
  });
});

describe('update banner', () => {
  it('is not shown while no new version waits', () => {
    const { container } = render(<PwaUpdatePrompt />);
    expect(container).toBeEmptyDOMElement();
  });

  it('says a new version is available, and Reload switches to it', async () => {
    worker.waiting = true;
    const user = userEvent.setup();
    render(<PwaUpdatePrompt />);
    const banner = screen.getByRole('region', { name: 'App update' });
    expect(screen.getByRole('status')).toHaveTextContent('A new version is available');
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(worker.updateServiceWorker).toHaveBeenCalledWith(true);
    expect(banner).toBeInTheDocument();
  });

  it('goes away with Later, keeping the current version, and stays away when the same version is announced again', async () => {
    worker.waiting = true;
    const user = userEvent.setup();
    render(<PwaUpdatePrompt />);
    await user.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByRole('region', { name: 'App update' })).not.toBeInTheDocument();
    act(() => worker.announceNewVersion());
    expect(screen.queryByRole('region', { name: 'App update' })).not.toBeInTheDocument();
    expect(worker.updateServiceWorker).not.toHaveBeenCalled();
  });
});

describe('update checks', () => {
  const HOUR = 60 * 60 * 1000;

  it('asks for a new version every hour while online, and not while offline', () => {
    vi.useFakeTimers();
    const update = vi.fn(async () => {});
    worker.registration = { update } as unknown as ServiceWorkerRegistration;
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    render(<PwaUpdatePrompt />);

    vi.advanceTimersByTime(HOUR - 1);
    expect(update).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(update).toHaveBeenCalledTimes(1);

    online.mockReturnValue(false);
    vi.advanceTimersByTime(HOUR);
    expect(update).toHaveBeenCalledTimes(1);

    online.mockReturnValue(true);
    vi.advanceTimersByTime(HOUR);
    expect(update).toHaveBeenCalledTimes(2);
  });
});

describe('PwaUpdates', () => {
  it('registers nothing outside a production build (as in these tests)', () => {
    worker.waiting = true;
    const { container } = render(<PwaUpdates />);
    expect(container).toBeEmptyDOMElement();
  });

  it('loads the update prompt on demand where service workers apply', async () => {
    worker.waiting = true;
    render(<PwaUpdates enabled />);
    expect(await screen.findByRole('region', { name: 'App update' })).toHaveTextContent('A new version is available');
  });
});
