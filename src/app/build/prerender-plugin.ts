// Vite plugin (client build only): draws Home of the built-in deck into index.html's root, so the first paint does
// not wait for the main script (react-dom and the deck) to download and run. The HTML comes from
// src/app/prerender-entry.tsx, loaded through a Vite server on the same config, so `virtual:deck` is the same deck
// the bundle holds. index.html is changed in the bundle, before it is written: the service worker's precache list
// and the size check see the final page.
import { createServer, type Plugin, type ResolvedConfig } from 'vite';

/** The module that renders Home, as a Vite server path. */
export const PRERENDER_ENTRY = '/src/app/prerender-entry.tsx';

const EMPTY_ROOT = /<div id="root"><\/div>/;

/** index.html with `rootHtml` inside its (empty) `<div id="root">`. */
export function injectIntoRoot(html: string, rootHtml: string): string {
  if (!EMPTY_ROOT.test(html)) throw new Error('index.html has no empty <div id="root"></div> to draw Home into');
  // A function, so `$` in the HTML is never read as a replacement pattern.
  return html.replace(EMPTY_ROOT, () => `<div id="root">${rootHtml}</div>`);
}

type RenderHome = () => Promise<string>;

function isRenderHome(value: unknown): value is RenderHome {
  return typeof value === 'function';
}

/** Home's HTML, rendered by the entry module in a short-lived Vite server (no file watching, no HMR). */
export async function renderHomeWithVite(config: ResolvedConfig): Promise<string> {
  const server = await createServer({
    configFile: config.configFile ?? false,
    configLoader: config.inlineConfig.configLoader,
    root: config.root,
    mode: config.mode,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null },
  });
  try {
    const entry = await server.ssrLoadModule(PRERENDER_ENTRY);
    const render: unknown = entry.default;
    if (!isRenderHome(render)) throw new Error(`${PRERENDER_ENTRY} has no default export that renders Home`);
    return await render();
  } finally {
    await server.close();
  }
}

export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig | undefined;
  return {
    name: 'study-deck:prerender',
    // Only `vite build` of the app: never the dev server, tests or an SSR build.
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle: {
      // After Vite's HTML plugin has emitted index.html with the built asset URLs.
      order: 'post',
      async handler(_options, bundle) {
        if (this.environment.name !== 'client' || !config) return;
        const page = bundle['index.html'];
        if (page?.type !== 'asset') return;
        page.source = injectIntoRoot(String(page.source), await renderHomeWithVite(config));
      },
    },
  };
}
