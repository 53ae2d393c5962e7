// The editor with its React Flow provider: its own chunk, so the library page never downloads the
// canvas.
import { ReactFlowProvider } from '@xyflow/react';
import type { LiveInvite } from '../services/live/address';
import { EditorPage } from './EditorPage';

export { openBeforeFirstRender } from './editorSession';

export default function EditorRoute({ journeyId, live }: { journeyId: string; live?: LiveInvite }) {
  return (
    <ReactFlowProvider>
      <EditorPage journeyId={journeyId} live={live} />
    </ReactFlowProvider>
  );
}

/**
 * The participant's join page loads through the editor's chunk: it shares the journey store and
 * its actions with the editor, and a page of its own beside the editor would split them out of
 * the editor's first download.
 */
export const loadJoinPage = () => import('../ui/live/JoinPage').then((m) => m.JoinPage);
