// The benchmark's baseline page: bare React Flow (BaselineFlow), rendered as soon as it loads.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BaselineFlow } from './BaselineFlow';

const root = document.getElementById('root');
if (!root) throw new Error('the baseline needs a #root element');
createRoot(root).render(
  <StrictMode>
    <BaselineFlow />
  </StrictMode>,
);
