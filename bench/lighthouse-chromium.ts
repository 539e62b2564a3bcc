// Debian's Chromium for Lighthouse, launched the way the e2e tests launch it and kept off every network but 127.0.0.1.
import { Launcher, launch, type LaunchedChrome } from 'chrome-launcher';

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH;
}

/** The flags of playwright.config.ts. */
const E2E_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-quic',
  '--no-first-run',
  '--disable-sync',
];

/** Browser features that call Google services on their own, beyond those chrome-launcher already turns off. */
const EXTRA_DISABLED_FEATURES = ['NetworkTimeServiceQuerying', 'OptimizationGuideModelDownloading', 'OptimizationHintsFetching'];

const DISABLE_FEATURES = '--disable-features=';

/**
 * Every host name but the loopback fails to resolve, so whatever the browser still tries on its own (sign-in and
 * update checks) or the page asks for never leaves the machine. The switches above only make such attempts rarer.
 */
const OFFLINE_RESOLVER = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost';

/**
 * chrome-launcher's defaults plus ours. Chromium keeps only the last `--disable-features`, so the lists are merged
 * into one switch instead of adding a second.
 */
export function chromiumFlags(defaults: string[] = Launcher.defaultFlags()): string[] {
  const defaultFeatures =
    defaults
      .find((flag) => flag.startsWith(DISABLE_FEATURES))
      ?.slice(DISABLE_FEATURES.length)
      .split(',') ?? [];
  const features = [...new Set([...defaultFeatures, ...EXTRA_DISABLED_FEATURES].filter(Boolean))];
  const others = [...defaults.filter((flag) => !flag.startsWith(DISABLE_FEATURES)), ...E2E_FLAGS, OFFLINE_RESOLVER];
  return [...new Set(others), `${DISABLE_FEATURES}${features.join(',')}`];
}

export function launchChromium(path: string): Promise<LaunchedChrome> {
  return launch({ chromePath: path, chromeFlags: chromiumFlags(), ignoreDefaultFlags: true, logLevel: 'silent', handleSIGINT: true });
}
