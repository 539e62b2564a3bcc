// The search worker: builds the fuse.js index and answers queries off the page's thread, so a deck of thousands of
// cards never holds up typing or scrolling (search-client.ts talks to it).
import { type SearchRequest, searchResponder } from './search-protocol';

const respond = searchResponder();

self.addEventListener('message', (event: MessageEvent<SearchRequest>) => {
  const reply = respond(event.data);
  if (reply !== null) self.postMessage(reply);
});
