// Pure persona edits: fields, custom fields (add, rename, reorder, remove), list parsing.
import { describe, expect, it } from 'vitest';
import {
  PersonaSchema,
  addCustomField,
  createPersona,
  editCustomField,
  editPersona,
  linesToList,
  moveCustomField,
  removeCustomField,
} from '../../src/model';

describe('persona edits', () => {
  it('sets the editable fields and never the identity or dates', () => {
    const persona = createPersona('Camille');
    const edited = editPersona(persona, {
      name: 'Camille Martin',
      age: 34,
      preferredChannels: ['store', 'mobileApp'],
      ...({ id: 'hijack', createdAt: 'never' } as object),
    });
    expect(edited).toMatchObject({
      id: persona.id,
      createdAt: persona.createdAt,
      name: 'Camille Martin',
      age: 34,
    });
    expect(PersonaSchema.safeParse(edited).success).toBe(true);
    expect(persona.name).toBe('Camille');
  });

  it('adds, renames, fills, reorders and removes custom fields', () => {
    let persona = addCustomField(addCustomField(createPersona('Bruno')), 'Household');
    const [first, second] = persona.customFields;
    persona = editCustomField(persona, first!.id, { label: 'Budget', value: '€200' });
    persona = moveCustomField(persona, second!.id, 0);
    expect(persona.customFields.map((f) => f.label)).toEqual(['Household', 'Budget']);
    persona = removeCustomField(persona, second!.id);
    expect(persona.customFields).toEqual([{ id: first!.id, label: 'Budget', value: '€200' }]);
  });

  it('turns a one-per-line text into a list without blank lines', () => {
    expect(linesToList(' Save time \n\nPay the real price\n')).toEqual([
      'Save time',
      'Pay the real price',
    ]);
  });
});
