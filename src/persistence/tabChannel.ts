// Messages between Parcours tabs on this device: "I saved journey X", and "I am app version V".
export type TabMessage =
  | { type: 'journeySaved'; journeyId: string; tabId: string }
  | { type: 'hello'; appVersion: string; tabId: string };

export const TAB_ID = Math.random().toString(36).slice(2);

export function openTabChannel(onMessage: (message: TabMessage) => void) {
  if (typeof BroadcastChannel === 'undefined') {
    return { post: (_message: TabMessage) => {}, close: () => {} };
  }
  const channel = new BroadcastChannel('parcours');
  channel.onmessage = (event: MessageEvent<TabMessage>) => {
    if (event.data && event.data.tabId !== TAB_ID) onMessage(event.data);
  };
  return {
    post: (message: TabMessage) => channel.postMessage(message),
    close: () => channel.close(),
  };
}

/** Compares dotted version strings: positive when a is newer than b. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}
