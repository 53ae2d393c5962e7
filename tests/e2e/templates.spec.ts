// Journey templates: start a journey from each template in English and in French, clear the
// example cards (and undo), save a journey as a template and start again from it after a reload.
import { showWholeMap } from './support';
import { expect, test, type Page } from '@playwright/test';

interface Expected {
  name: string;
  title: string;
  stages: string[];
  /** A card the template's map shows, by its accessible name. */
  card?: string;
}

const EN_STANDARD = ['Awareness', 'Research & comparison', 'Purchase', 'After-sales & loyalty'];
const FR_STANDARD = [
  'Découverte',
  'Recherche et comparaison',
  'Achat',
  'Après-vente et fidélisation',
];

const LANGUAGES = {
  en: {
    browser: 'en-GB',
    newJourney: 'New journey',
    titleField: 'Journey title',
    templates: [
      { name: 'Standard journey', title: 'New customer journey', stages: EN_STANDARD },
      {
        name: 'E-commerce purchase',
        title: 'E-commerce purchase journey',
        stages: [
          'Awareness',
          'Research & comparison',
          'Purchase',
          'Delivery',
          'After-sales & loyalty',
        ],
        card: 'Touchpoint: Instagram ad',
      },
      {
        name: 'Omnichannel retail',
        title: 'Omnichannel retail journey',
        stages: [
          'Mobile research',
          'In-store try-on',
          'Online order',
          'Click & collect pick-up',
          'Returns',
        ],
        card: 'Touchpoint: Pick-up desk',
      },
      {
        name: 'Hotel stay',
        title: 'Hotel stay journey',
        stages: ['Booking', 'Check-in', 'Stay & restaurant', 'Check-out', 'Follow-up'],
        card: 'Touchpoint: Reception desk',
      },
      {
        name: 'B2B software onboarding',
        title: 'B2B software onboarding journey',
        stages: ['Kick-off', 'Set-up & integration', 'Team training', 'First results', 'Renewal'],
        card: 'Pain point: Import errors with no explanation',
      },
      {
        name: 'Customer support & complaint',
        title: 'Complaint handling journey',
        stages: ['Problem noticed', 'Contact', 'Diagnosis', 'Resolution', 'Follow-up & closure'],
        card: 'Touchpoint: Chatbot',
      },
      { name: 'Blank journey', title: 'New customer journey', stages: ['Stage 1'] },
    ] satisfies Expected[],
  },
  fr: {
    browser: 'fr-FR',
    newJourney: 'Nouveau parcours',
    titleField: 'Titre du parcours',
    templates: [
      { name: 'Parcours standard', title: 'Nouveau parcours client', stages: FR_STANDARD },
      {
        name: 'Achat en ligne',
        title: 'Parcours d’achat en ligne',
        stages: [
          'Découverte',
          'Recherche et comparaison',
          'Achat',
          'Livraison',
          'SAV et fidélisation',
        ],
        card: 'Point de contact: Publicité Instagram',
      },
      {
        name: 'Commerce omnicanal',
        title: 'Parcours omnicanal en magasin et en ligne',
        stages: [
          'Repérage sur mobile',
          'Essayage en magasin',
          'Commande en ligne',
          'Retrait en magasin',
          'Retour',
        ],
        card: 'Point de contact: Comptoir de retrait',
      },
      {
        name: 'Séjour à l’hôtel',
        title: 'Parcours de séjour à l’hôtel',
        stages: ['Réservation', 'Arrivée', 'Séjour et restaurant', 'Départ', 'Après le séjour'],
        card: 'Point de contact: Réception',
      },
      {
        name: 'Onboarding d’un logiciel B2B',
        title: 'Parcours d’onboarding d’un logiciel B2B',
        stages: [
          'Lancement',
          'Paramétrage et intégration',
          'Formation des équipes',
          'Premiers résultats',
          'Renouvellement',
        ],
        card: 'Point de friction: Erreurs d’import sans aucune explication',
      },
      {
        name: 'Service client et réclamation',
        title: 'Parcours de traitement d’une réclamation',
        stages: [
          'Constat du problème',
          'Prise de contact',
          'Diagnostic',
          'Résolution',
          'Suivi et clôture',
        ],
        card: 'Point de contact: Chatbot',
      },
      { name: 'Parcours vierge', title: 'Nouveau parcours client', stages: ['Étape 1'] },
    ] satisfies Expected[],
  },
} as const;

function picker(page: Page, title = 'New journey') {
  return page.getByRole('dialog', { name: title });
}

function stageHeaders(page: Page) {
  return page.getByRole('region', { name: /Journey map|Carte du parcours/ }).getByRole('heading', {
    level: 2,
  });
}

/** Opens the picker and starts a journey from one English template. */
async function startFrom(page: Page, name: string) {
  await page.getByRole('button', { name: 'New journey' }).click();
  await picker(page).getByRole('button', { name, exact: true }).click();
  await expect(page).toHaveURL(/#\/journey\//);
  await showWholeMap(page);
}

for (const [language, setup] of Object.entries(LANGUAGES)) {
  test.describe(`in ${language === 'en' ? 'English' : 'French'}`, () => {
    test.use({ locale: setup.browser });

    for (const template of setup.templates) {
      test(`creates a journey from the “${template.name}” template`, async ({ page }) => {
        await page.goto('/');
        await page.getByRole('button', { name: setup.newJourney }).click();
        const tile = picker(page, setup.newJourney).getByRole('button', {
          name: template.name,
          exact: true,
        });
        await expect(tile.getByRole('img')).toBeVisible();
        await tile.click();
        await expect(page).toHaveURL(/#\/journey\//);
        await showWholeMap(page);
        await expect(stageHeaders(page)).toHaveText(template.stages);
        await expect(page.getByRole('textbox', { name: setup.titleField })).toHaveValue(
          template.title,
        );
        if (template.card) {
          await expect(page.getByRole('group', { name: template.card, exact: true })).toBeVisible();
        }
      });
    }
  });
}

test('moves between templates with the keyboard, closes with Escape and creates with Enter', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New journey' }).click();
  const dialog = picker(page);
  await expect(dialog.getByRole('button', { name: 'Standard journey', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('button', { name: 'E-commerce purchase' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(dialog.getByRole('button', { name: 'Standard journey', exact: true })).toBeFocused();
  // At 1440 px the picker shows four tiles a row: down lands on the fifth, under the first.
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByRole('button', { name: 'B2B software onboarding' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(dialog.getByRole('button', { name: 'Standard journey', exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'New journey' }).click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('button', { name: 'Hotel stay' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/journey\//);
  await showWholeMap(page);
  await expect(stageHeaders(page).first()).toHaveText('Booking');
});

test('clears the example cards in one step that undo brings back', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New journey' }).click();
  const stats = await picker(page)
    .getByRole('button', { name: 'Hotel stay' })
    .getAttribute('aria-describedby');
  const statsText = await page.locator(`[id="${stats?.split(' ')[1]}"]`).textContent();
  const count = Number(/(\d+) cards/.exec(statsText ?? '')?.[1]);
  expect(count).toBeGreaterThan(20);
  await picker(page).getByRole('button', { name: 'Hotel stay' }).click();
  const reception = page.getByRole('group', { name: 'Touchpoint: Reception desk' });
  await expect(reception).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Saved');
  await showWholeMap(page);

  await page.getByRole('button', { name: 'Clear cards' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Clear the cards?' });
  await expect(confirm).toContainText(`${count} cards and their connectors will be removed`);
  await confirm.getByRole('button', { name: `Clear ${count} cards` }).click();
  await expect(reception).toHaveCount(0);
  await expect(page.getByRole('group', { name: /^Emotion/ })).toHaveCount(0);
  await expect(stageHeaders(page)).toHaveCount(5);
  await expect(page.getByRole('heading', { name: 'Pain points', level: 3 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Clear cards' })).toBeDisabled();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(reception).toBeVisible();
  await expect(page.getByRole('group', { name: /^Emotion/ })).toHaveCount(5);
  await expect(page.getByRole('button', { name: 'Clear cards' })).toBeEnabled();
});

test('cancelling the clear-cards question keeps every card', async ({ page }) => {
  await page.goto('/');
  await startFrom(page, 'E-commerce purchase');
  await page.getByRole('button', { name: 'Clear cards' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Touchpoint: Instagram ad' })).toBeVisible();
});

test('saves a journey as a template, and starts a new journey from it after a reload', async ({
  page,
}) => {
  await page.goto('/');
  await startFrom(page, 'E-commerce purchase');
  await page.getByRole('textbox', { name: 'Journey title' }).fill('Running shoes, Lyon workshop');
  await expect(page.getByRole('status')).toHaveText('Saved');
  await page.getByRole('link', { name: 'Parcours' }).click();

  await page
    .getByRole('button', { name: 'Save Running shoes, Lyon workshop as a template' })
    .click();
  await expect(
    page.getByText('“Running shoes, Lyon workshop” was saved as a template.'),
  ).toBeVisible();
  await page.reload();

  await page.getByRole('button', { name: 'New journey' }).click();
  const yours = picker(page).getByRole('region', { name: 'Your templates' });
  await yours.getByRole('button', { name: 'Running shoes, Lyon workshop', exact: true }).click();
  await expect(page).toHaveURL(/#\/journey\//);
  await showWholeMap(page);
  await expect(page.getByRole('textbox', { name: 'Journey title' })).toHaveValue(
    'Running shoes, Lyon workshop',
  );
  await expect(stageHeaders(page)).toHaveText(LANGUAGES.en.templates[1]!.stages);
  await expect(page.getByRole('group', { name: 'Touchpoint: Instagram ad' })).toBeVisible();
  await expect(
    page.getByRole('group', { name: 'Touchpoint: Shipping text messages' }),
  ).toBeVisible();

  // Deleting the template removes it from the picker; the journeys made from it stay.
  await page.getByRole('link', { name: 'Parcours' }).click();
  await page.getByRole('button', { name: 'New journey' }).click();
  page.once('dialog', (question) => void question.accept());
  await yours
    .getByRole('button', { name: 'Delete the template Running shoes, Lyon workshop' })
    .click();
  await expect(yours.getByRole('button', { name: 'Running shoes, Lyon workshop' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('link', { name: 'Open Running shoes, Lyon workshop' })).toHaveCount(
    2,
  );
});

test('finds a journey made from a template again after a reload', async ({ page }) => {
  await page.goto('/');
  await startFrom(page, 'Customer support & complaint');
  await expect(page.getByRole('status')).toHaveText('Saved');
  await page.reload();
  await expect(stageHeaders(page)).toHaveText([
    'Problem noticed',
    'Contact',
    'Diagnosis',
    'Resolution',
    'Follow-up & closure',
  ]);
  await expect(page.getByRole('group', { name: 'Touchpoint: Hotline' })).toBeVisible();
  await page.getByRole('link', { name: 'Parcours' }).click();
  await expect(page.getByRole('link', { name: 'Open Complaint handling journey' })).toBeVisible();
});
