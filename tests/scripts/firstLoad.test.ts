import { describe, expect, it } from 'vitest';
import { firstPages, pageFiles, type Manifest } from '../../scripts/firstLoad.mjs';

// A small build: the entry imports React statically and the editor lazily; the editor imports
// React Flow and its CSS; the exporters are lazy inside the editor; the join page shares the
// store with the editor, but not React Flow.
const manifest: Manifest = {
  'index.html': {
    file: 'assets/index.js',
    imports: ['_react.js'],
    dynamicImports: [
      'src/ui/library/LibraryPage.tsx',
      'src/app/EditorRoute.tsx',
      'src/ui/live/JoinPage.tsx',
      'src/i18n/en.ts',
      'src/i18n/fr.ts',
    ],
    css: ['assets/index.css'],
  },
  '_react.js': { file: 'assets/react.js' },
  'src/i18n/en.ts': { file: 'assets/en.js' },
  'src/ui/library/LibraryPage.tsx': { file: 'assets/LibraryPage.js', imports: ['_react.js'] },
  'src/i18n/fr.ts': { file: 'assets/fr.js' },
  'src/app/EditorRoute.tsx': {
    file: 'assets/EditorRoute.js',
    imports: ['_react.js', '_xyflow.js', '_store.js'],
    dynamicImports: ['src/io/deck/exportDeck.ts'],
    css: ['assets/EditorRoute.css'],
  },
  '_xyflow.js': { file: 'assets/xyflow.js', imports: ['_react.js'], css: ['assets/xyflow.css'] },
  '_store.js': { file: 'assets/store.js', imports: ['_react.js'] },
  'src/ui/live/JoinPage.tsx': { file: 'assets/JoinPage.js', imports: ['_react.js', '_store.js'] },
  'src/io/deck/exportDeck.ts': { file: 'assets/exportDeck.js' },
  'font.woff2': { file: 'assets/inter.woff2' },
};

describe('what each first page downloads', () => {
  it('counts the library page as the entry, its page, their imports, their CSS and one catalogue', () => {
    const library = firstPages(manifest).find((page) => page.page === 'library')!;
    expect(pageFiles(manifest, library.roots)).toEqual([
      'assets/LibraryPage.js',
      'assets/en.js',
      'assets/index.css',
      'assets/index.js',
      'assets/react.js',
    ]);
  });

  it('adds the editor page, its deep static imports and their CSS, but never a lazy exporter', () => {
    const editor = firstPages(manifest).find((page) => page.page === 'editor')!;
    const files = pageFiles(manifest, editor.roots);
    expect(files).toContain('assets/xyflow.js');
    expect(files).toContain('assets/xyflow.css');
    expect(files).toContain('assets/EditorRoute.css');
    expect(files).not.toContain('assets/exportDeck.js');
    expect(files).not.toContain('assets/fr.js');
    expect(files).not.toContain('assets/LibraryPage.js');
    expect(files.filter((file) => file === 'assets/react.js')).toHaveLength(1);
  });

  it('counts the join page with the store it shares with the editor, without the editor', () => {
    const join = firstPages(manifest).find((page) => page.page === 'join')!;
    expect(pageFiles(manifest, join.roots)).toEqual([
      'assets/JoinPage.js',
      'assets/en.js',
      'assets/index.css',
      'assets/index.js',
      'assets/react.js',
      'assets/store.js',
    ]);
  });

  it('names a missing page rather than counting nothing', () => {
    const broken: Manifest = {
      'index.html': { file: 'assets/index.js' },
      'src/ui/library/LibraryPage.tsx': { file: 'assets/LibraryPage.js' },
    };
    expect(() => firstPages(broken)).toThrow(/src\/i18n\/en\.ts/);
  });
});
