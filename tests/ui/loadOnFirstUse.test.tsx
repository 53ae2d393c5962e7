// Components loaded on first use (pages, panels): lazy until loaded, then rendered at once, with no Suspense at all.
import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { loadOnFirstUse } from '../../src/ui/loadOnFirstUse';

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

describe('a page loaded on first use', () => {
  it('loads its chunk once, however often it is preloaded', async () => {
    const load = vi.fn(() => Promise.resolve(Greeting));
    const page = loadOnFirstUse(load);
    await Promise.all([page.preload(), page.preload()]);
    await page.preload();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('renders at once once preloaded, without suspending', async () => {
    const page = loadOnFirstUse(() => Promise.resolve(Greeting));
    await page.preload();
    // No Suspense boundary: a page that suspended here would throw.
    render(<page.Component name="Camille" />);
    expect(screen.getByText('Hello Camille')).toBeInTheDocument();
  });

  it('suspends, then shows, when rendered before it was loaded', async () => {
    const page = loadOnFirstUse(() => Promise.resolve(Greeting));
    render(
      <Suspense fallback={<p>Loading</p>}>
        <page.Component name="Bruno" />
      </Suspense>,
    );
    expect(screen.getByText('Loading')).toBeInTheDocument();
    expect(await screen.findByText('Hello Bruno')).toBeInTheDocument();
  });
});
