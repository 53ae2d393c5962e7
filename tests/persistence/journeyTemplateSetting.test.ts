// Saved journey templates live in the settings table: they come back intact from IndexedDB, and a
// damaged setting reads as no templates.
import { describe, expect, it } from 'vitest';
import {
  journeyFromTemplate,
  readJourney,
  readSavedJourneyTemplates,
  templateFromJourney,
} from '../../src/model';
import { freshRepository, sampleJourney } from './helpers';

describe('the journey templates setting', () => {
  it('stores a saved template and reads it back into a journey with the same cards', async () => {
    const { repository } = freshRepository();
    const journey = sampleJourney('Hotel stay');
    const entry = {
      id: 'tpl-1',
      name: journey.title,
      savedAt: new Date().toISOString(),
      template: templateFromJourney(journey),
    };
    await repository.setSetting('journeyTemplates', [entry]);
    const [read] = readSavedJourneyTemplates(await repository.getSetting('journeyTemplates'));
    expect(read).toEqual(entry);
    const rebuilt = journeyFromTemplate(read!.template);
    expect(readJourney(rebuilt).ok).toBe(true);
    expect(Object.values(rebuilt.cards).map((c) => (c.kind === 'note' ? c.text : ''))).toEqual([
      'Books a room',
    ]);
  });

  it('reads a damaged setting as no templates', async () => {
    const { repository } = freshRepository();
    await repository.setSetting('journeyTemplates', { broken: true });
    expect(readSavedJourneyTemplates(await repository.getSetting('journeyTemplates'))).toEqual([]);
  });
});
