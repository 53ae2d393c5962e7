// The save worker's entry: one write at a time, in the order the page sent them.
import { DATABASE_NAME } from './databaseName';
import { createJourneyWriterCore, type WriteReply, type WriteRequest } from './journeyWriterCore';

/** The worker's global scope, typed by what it uses (the app compiles against the DOM's types). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WriteRequest>) => void) | null;
  postMessage: (reply: WriteReply) => void;
};

const core = createJourneyWriterCore(indexedDB, DATABASE_NAME);
let queue: Promise<unknown> = Promise.resolve();

scope.onmessage = (event) => {
  const request = event.data;
  queue = queue.then(async () => scope.postMessage(await core.write(request)));
};
