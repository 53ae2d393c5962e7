// What the live layer borrows from the editor, which holds it already: React Flow's pieces, to draw
// over the canvas. Importing them from the live code instead would split React Flow out of the
// editor's first download into a chunk of its own, which weighs more.
import type { useReactFlow, useStore } from '@xyflow/react';

export interface EditorKit {
  useReactFlow: typeof useReactFlow;
  useStore: typeof useStore;
}
