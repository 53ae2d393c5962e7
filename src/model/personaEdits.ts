// Pure edits of a persona sheet: its fields and its free custom fields (label/value pairs).
import { produce } from 'immer';
import { createId, type Id } from './ids';
import type { Persona } from './persona';
import { cleanLine, cleanStrings, cleanText } from './text';

/** The fields a persona editor may set directly (never identity, dates or custom fields). */
export type PersonaFields = Partial<
  Omit<Persona, 'id' | 'createdAt' | 'updatedAt' | 'customFields'>
>;

export function editPersona(persona: Persona, fields: PersonaFields): Persona {
  return produce(persona, (draft) => {
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined || !Object.hasOwn(draft, key)) continue;
      if (key === 'id' || key === 'createdAt' || key === 'updatedAt' || key === 'customFields')
        continue;
      // A persona's name is one line; the other fields keep their line breaks.
      (draft as Record<string, unknown>)[key] =
        key === 'name' && typeof value === 'string' ? cleanLine(value) : cleanStrings(value);
    }
  });
}

export function addCustomField(persona: Persona, label = '', value = ''): Persona {
  return produce(persona, (draft) => {
    draft.customFields.push({ id: createId(), label: cleanText(label), value: cleanText(value) });
  });
}

export function editCustomField(
  persona: Persona,
  fieldId: Id,
  change: { label?: string; value?: string },
): Persona {
  return produce(persona, (draft) => {
    const field = draft.customFields.find((f) => f.id === fieldId);
    if (!field) return;
    if (change.label !== undefined) field.label = cleanText(change.label);
    if (change.value !== undefined) field.value = cleanText(change.value);
  });
}

export function moveCustomField(persona: Persona, fieldId: Id, toIndex: number): Persona {
  return produce(persona, (draft) => {
    const from = draft.customFields.findIndex((f) => f.id === fieldId);
    if (from < 0) return;
    const [field] = draft.customFields.splice(from, 1);
    const to = Math.max(0, Math.min(draft.customFields.length, toIndex));
    if (field) draft.customFields.splice(to, 0, field);
  });
}

export function removeCustomField(persona: Persona, fieldId: Id): Persona {
  return produce(persona, (draft) => {
    draft.customFields = draft.customFields.filter((f) => f.id !== fieldId);
  });
}

/** Splits a "one per line" text area into a clean list. */
export function linesToList(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}
