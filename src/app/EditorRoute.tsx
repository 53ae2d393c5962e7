// The editor with its React Flow provider: its own chunk, so the library page never downloads the
// canvas.
import { ReactFlowProvider } from '@xyflow/react';
import { EditorPage } from './EditorPage';

export default function EditorRoute({ journeyId }: { journeyId: string }) {
  return (
    <ReactFlowProvider>
      <EditorPage journeyId={journeyId} />
    </ReactFlowProvider>
  );
}
