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
