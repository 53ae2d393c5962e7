// The benchmark's floor page: the baseline's bare React Flow (BaselineFlow), drawn only after the
// work any page of this stack must do to open a stored map, done with Parcours's own modules:
//   1. i18next started with the catalogue of the browser's language, loaded as the app loads it;
//   2. the journey named by `#/journey/<id>` read from IndexedDB through Parcours's Dexie database;
//   3. the record migrated and validated with zod (readJourney), as the editor does on load.
// Parcours's open time above this page's is the editor's own cost; this page's above the baseline
// is the stack's. Without a journey in the address the page only opens the database, creating it,
// so the bench can store the map on this origin first. A missing or invalid journey throws.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BaselineFlow } from '../baseline/BaselineFlow';
import { startAppTranslations, useTranslation } from '../../src/i18n';
import { readJourney } from '../../src/model';
import { ParcoursDatabase } from '../../src/persistence/database';
import { parseRoute } from '../../src/services/router';

declare global {
  interface Window {
    /** Set once the database is open: the bench stores its map after this. */
    __floorDatabase?: boolean;
    /** The opened map's card count, for the bench to check the page did read it. */
    __floorCards?: number;
  }
}

function Floor() {
  // Parcours's components follow the language through this hook; so does the floor.
  useTranslation();
  return <BaselineFlow />;
}

async function open(root: HTMLElement): Promise<void> {
  // The catalogue loads while the map is read, as in the app.
  const translations = startAppTranslations();
  const database = new ParcoursDatabase();
  const route = parseRoute(window.location.hash);
  if (route.name !== 'journey') {
    await Promise.all([database.open(), translations]);
    window.__floorDatabase = true;
    return;
  }
  const record = await database.journeys.get(route.id);
  if (!record) throw new Error(`journey ${route.id} is not stored on this origin`);
  const read = readJourney(record);
  if (!read.ok) throw new Error(`journey ${route.id} is not valid (${read.error.code})`);
  window.__floorCards = Object.keys(read.journey.cards).length;
  await translations;
  createRoot(root).render(
    <StrictMode>
      <Floor />
    </StrictMode>,
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('the floor needs a #root element');
void open(root);
