// Draws a persona's sheet (the same PersonaSheet as the persona sheet page) off-screen, for the
// pages a map's PDF adds after the map. Waits for the persona's photo, when it has one.
import { cleanStrings, type Persona } from '../../model';
import { PersonaSheet } from '../personas/PersonaSheet';
import { renderOffscreen, type Offscreen } from './renderOffscreen';

/** How long to wait for a stored photo before drawing the initials instead. */
const PHOTO_WAIT_MS = 3_000;

export function renderPersonaSheet(persona: Persona): Promise<Offscreen> {
  return renderOffscreen(<PersonaSheet persona={cleanStrings(persona)} paper="a4" />, {
    selector: '.persona-handout',
    isReady: (sheet, elapsed) => {
      if (!persona.avatarImageId || elapsed > PHOTO_WAIT_MS) return true;
      const photo = sheet.querySelector('img');
      return photo !== null && photo.complete;
    },
    timeoutMessage: 'The persona sheet took too long to draw for the export.',
  });
}
