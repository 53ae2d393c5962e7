// @vitest-environment node
// Messages between tabs: version ordering, and which messages reach this tab.
import { describe, expect, it, vi } from 'vitest';
import { TAB_ID, compareVersions, openTabChannel } from '../../src/persistence/tabChannel';

describe('compareVersions', () => {
  it('orders by number, not by text, so 1.10.0 is newer than 1.9.0', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBeGreaterThan(0);
    expect(compareVersions('1.9.0', '1.10.0')).toBeLessThan(0);
  });

  it('says equal versions are equal', () => {
    expect(compareVersions('0.1.0', '0.1.0')).toBe(0);
  });

  it('compares major before minor before patch', () => {
    expect(compareVersions('2.0.0', '1.99.99')).toBeGreaterThan(0);
    expect(compareVersions('1.2.0', '1.1.9')).toBeGreaterThan(0);
    expect(compareVersions('1.1.2', '1.1.10')).toBeLessThan(0);
  });

  it('treats missing trailing parts of a shorter version as zero', () => {
    expect(compareVersions('1.2', '1.2.0')).toBe(0);
    expect(compareVersions('1', '1.0.0')).toBe(0);
    expect(compareVersions('1.2', '1.2.1')).toBeLessThan(0);
    expect(compareVersions('1.3', '1.2.9')).toBeGreaterThan(0);
  });
});

describe.runIf(typeof BroadcastChannel !== 'undefined')('the tab channel', () => {
  it("passes on other tabs' messages and ignores this tab's own", async () => {
    const received = vi.fn();
    const channel = openTabChannel(received);
    const otherTab = new BroadcastChannel('parcours');
    try {
      otherTab.postMessage({ type: 'hello', appVersion: '9.9.9', tabId: TAB_ID });
      otherTab.postMessage({ type: 'hello', appVersion: '1.0.0', tabId: 'another-tab' });

      await vi.waitFor(() => expect(received).toHaveBeenCalled());
      expect(received.mock.calls).toEqual([
        [{ type: 'hello', appVersion: '1.0.0', tabId: 'another-tab' }],
      ]);
    } finally {
      otherTab.close();
      channel.close();
    }
  });

  it('posts messages other tabs can read', async () => {
    const channel = openTabChannel(() => {});
    const otherTab = new BroadcastChannel('parcours');
    const received = vi.fn();
    otherTab.onmessage = (event: MessageEvent) => received(event.data);
    try {
      channel.post({ type: 'journeySaved', journeyId: 'j1', tabId: TAB_ID });

      await vi.waitFor(() =>
        expect(received).toHaveBeenCalledWith({
          type: 'journeySaved',
          journeyId: 'j1',
          tabId: TAB_ID,
        }),
      );
    } finally {
      otherTab.close();
      channel.close();
    }
  });
});
