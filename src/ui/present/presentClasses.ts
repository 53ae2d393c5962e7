// The class names present mode puts on the editor's root. Apart from PresentMode, whose code loads
// only when the editor is idle or presenting starts.
import { usePresentStore } from '../../store/presentStore';

/** The class names present mode puts on the editor's root: '' when not presenting. */
export function usePresentClasses(): string {
  const active = usePresentStore((s) => s.active);
  const highContrast = usePresentStore((s) => s.highContrast);
  const largeText = usePresentStore((s) => s.largeText);
  if (!active) return '';
  return ` present${highContrast ? ' present--high-contrast' : ''}${largeText ? ' present--large-text' : ''}`;
}
