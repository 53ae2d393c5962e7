// A note: a step, a thought or anything else said in the room, as plain text.
import { z } from 'zod/mini';
import { LONG_TEXT, defineCardKind, longText, placement, type CardFace } from './define';
import { faceHeight } from './faceHeight';

export const NoteCardSchema = z.object({ ...placement, kind: z.literal('note'), text: longText });
export type NoteCard = z.infer<typeof NoteCardSchema>;

const noteFace = (): CardFace => ({ header: [], footer: [], detail: '' });

export const noteKind = defineCardKind<NoteCard>()({
  lane: 'actions',
  textField: 'text',
  multiline: true,
  textLimit: LONG_TEXT,
  textOptional: false,
  tintAmount: 0,
  blank: () => ({ text: '' }),
  height: (card, text) => faceHeight(text, noteFace(), card.text),
  face: noteFace,
  csv: { columns: [], write: () => ({}), read: (_cells, base) => base },
});
