// The persona sheet scene: every field of the persona is drawn as text, labels come from the
// catalogue, the sheet fills its paper, and a sparse sheet is drawn larger than a full one.
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { fr } from '../../src/i18n/fr';
import { createPersona, type Persona } from '../../src/model';
import { PERSONA_PAPER_PX, buildPersonaScene } from '../../src/scene/personaScene';
import type { Scene } from '../../src/scene/types';
import { charMeasurer, texts } from './sceneHelpers';

const measure = charMeasurer();

function camille(): Persona {
  return {
    ...createPersona('Camille Roux', 3),
    age: 41,
    role: 'Travel buyer',
    location: 'Nantes',
    quote: 'Give me one invoice per trip.',
    bio: 'Books trips for a team of twelve consultants.',
    goals: ['Fewer invoices'],
    frustrations: ['Late confirmations'],
    motivations: ['Team comfort'],
    behaviours: ['Books on Sunday evenings'],
    preferredChannels: ['email', 'phone'],
    techSavviness: 4,
    tags: ['business', 'repeat'],
    customFields: [{ id: 'f', label: 'Budget', value: '180 € a night' }],
  };
}

/** Every drawn line, wrapped lines joined again by a space. */
const allText = (scene: Scene) =>
  texts(scene)
    .flatMap((item) => item.lines)
    .join(' ');

describe('persona sheet scene', () => {
  it('draws every field of the persona as text', () => {
    const persona = camille();
    const scene = buildPersonaScene({ persona, avatar: null, paper: 'a4', text: en, measure });
    const drawn = allText(scene);
    for (const value of [
      persona.name,
      persona.role,
      '41 years old · Nantes',
      persona.quote,
      persona.bio,
      ...persona.goals,
      ...persona.frustrations,
      ...persona.motivations,
      ...persona.behaviours,
      'Email',
      'Phone',
      en.persona.savviness[4],
      'business',
      'repeat',
      'Budget',
      '180 € a night',
      'CR',
    ]) {
      expect(drawn).toContain(value);
    }
    for (const label of [
      en.personaSheet.about,
      en.personaSheet.goals,
      en.personaSheet.frustrations,
      en.personaSheet.motivations,
      en.personaSheet.behaviours,
      en.personaSheet.channels,
      en.personaSheet.techSavviness,
      en.personaSheet.details,
    ]) {
      expect(drawn).toContain(label.toUpperCase());
    }
    expect(drawn).toContain(en.personaSheet.footer);
    expect(scene.title).toBe(persona.name);
  });

  it('takes its labels from the French catalogue in French', () => {
    const scene = buildPersonaScene({
      persona: camille(),
      avatar: null,
      paper: 'a4',
      text: fr,
      measure,
    });
    const drawn = allText(scene);
    expect(drawn).toContain(fr.personaSheet.goals.toUpperCase());
    expect(drawn).toContain(fr.channels.email);
    expect(drawn).not.toContain(en.personaSheet.goals.toUpperCase());
  });

  it('shows the avatar picture when there is one, else the initials', () => {
    const avatar = 'data:image/png;base64,iVBORw0KGgo=';
    const scene = buildPersonaScene({ persona: camille(), avatar, paper: 'a4', text: en, measure });
    expect(scene.items).toContainEqual(
      expect.objectContaining({ type: 'image', href: avatar, round: true }),
    );
    expect(allText(scene)).not.toContain('CR');
  });

  it('keeps the paper’s proportions, and draws a sparse sheet larger than a full one', () => {
    const sparse = buildPersonaScene({
      persona: camille(),
      avatar: null,
      paper: 'letter',
      text: en,
      measure,
    });
    const paper = PERSONA_PAPER_PX.letter;
    expect(sparse.width / sparse.height).toBeCloseTo(paper.width / paper.height);
    const many = Array.from({ length: 40 }, (_, i) => `Entry number ${i} with a few more words`);
    const full = buildPersonaScene({
      persona: { ...camille(), goals: many, frustrations: many, bio: many.join(' ') },
      avatar: null,
      paper: 'letter',
      text: en,
      measure,
    });
    expect(full.width).toBeCloseTo(paper.width);
    expect(sparse.width).toBeLessThan(full.width);
    // What does not fit says how many entries are left out.
    expect(allText(full)).toMatch(/\+ \d+ more/);
  });

  it('says what is not filled in yet', () => {
    const empty = createPersona('', 0);
    const scene = buildPersonaScene({
      persona: empty,
      avatar: null,
      paper: 'a4',
      text: en,
      measure,
    });
    const drawn = allText(scene);
    expect(drawn).toContain(en.canvas.untitled);
    expect(drawn).toContain(en.personaSheet.none);
    expect(drawn).toContain(en.persona.unknown);
  });
});
