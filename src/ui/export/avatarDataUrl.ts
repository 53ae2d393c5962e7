// A persona's stored photo as a data: URL, for the pictures and PDF pages drawn from a scene.
import type { Persona } from '../../model';
import { library } from '../../services/library';

/** The persona's stored photo as a data: URL, or null (initials) when it has none or it is gone. */
export async function avatarDataUrl(persona: Persona): Promise<string | null> {
  if (!persona.avatarImageId) return null;
  try {
    const blob = await library.getImage(persona.avatarImageId);
    if (!blob) return null;
    return await new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error ?? new Error('The photo could not be read.'));
      reader.readAsDataURL(blob);
    });
  } catch {
    return null;
  }
}
