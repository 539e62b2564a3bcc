// The build's prerender of Home: the real built-in deck drawn as the browser's first render would draw it.
import deck from 'virtual:deck';
import { describe, expect, it } from 'vitest';
import { injectIntoRoot } from '../../src/app/build/prerender-plugin';
import { renderHomeHtml } from '../../src/app/prerender-entry';
import { deckSource } from '../../src/store/deck-library/deck-source';

const CHAPTERS = ['Container Orchestration', 'Kubernetes', 'Kubernetes Architecture', 'Installing Kubernetes'];

/** The text of the chapter card with this title (up to the next card). */
function chapterCard(html: string, title: string): string {
  const start = html.indexOf(`>${title}</a></h2>`);
  expect(start, title).toBeGreaterThan(-1);
  const end = html.indexOf('</li>', start);
  return html.slice(start, end);
}

describe('renderHomeHtml', () => {
  it('draws the deck title and every chapter in order, with "No notes yet" for the empty fourth chapter', async () => {
    const html = await renderHomeHtml();
    expect(html).toContain('<h1>Kubernetes</h1>');
    const positions = CHAPTERS.map((title) => html.indexOf(`>${title}</a></h2>`));
    expect(positions.every((position) => position > -1)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(chapterCard(html, 'Installing Kubernetes')).toContain('No notes yet');
    expect(chapterCard(html, 'Container Orchestration')).not.toContain('No notes yet');
  });

  it('draws placeholders for the figures that need stored data, and holds no script', async () => {
    const html = await renderHomeHtml();
    expect(html.match(/<dd class="figure-value today-figure">–<\/dd>/g)).toHaveLength(4);
    expect(html).toContain('Counting…');
    expect(html).not.toMatch(/<script/i);
  });

  it('escapes note text, so markup in a title never becomes an element', async () => {
    const hostile = { ...deck, title: '<script>alert(1)</script> & co' };
    const html = await renderHomeHtml(deckSource(hostile));
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</h1>');
  });

  it('draws the same HTML every time (the browser must find exactly this)', async () => {
    expect(await renderHomeHtml()).toBe(await renderHomeHtml());
  });
});

describe('injectIntoRoot', () => {
  it('puts the HTML inside the empty root, taking `$` literally', () => {
    expect(injectIntoRoot('<body><div id="root"></div></body>', '<p>$& $1</p>')).toBe('<body><div id="root"><p>$& $1</p></div></body>');
  });

  it('fails when index.html has no empty root', () => {
    expect(() => injectIntoRoot('<body><main></main></body>', '<p></p>')).toThrow(/root/);
  });
});
