// The CSV separator choice: the interface language's default until a person chooses, then the
// choice, remembered on the device.
import { beforeEach, describe, expect, it, vi } from 'vitest';

async function fresh() {
  vi.resetModules();
  return import('../../src/services/csvSeparator');
}

describe('the CSV separator', () => {
  beforeEach(() => localStorage.clear());

  it('is a semicolon in French and a comma otherwise until a person chooses', async () => {
    const { loadCsvSeparator } = await fresh();
    expect(loadCsvSeparator('fr')).toBe(';');
    expect(loadCsvSeparator('fr-CA')).toBe(';');
    expect(loadCsvSeparator('en')).toBe(',');
  });

  it('keeps the choice on the device, whatever the language', async () => {
    const first = await fresh();
    expect(first.saveCsvSeparator(',')).toBe(true);
    const later = await fresh();
    expect(later.loadCsvSeparator('fr')).toBe(',');
  });

  it('ignores a stored value it does not know', async () => {
    localStorage.setItem('parcours.csvSeparator', '|');
    const { loadCsvSeparator } = await fresh();
    expect(loadCsvSeparator('fr')).toBe(';');
  });
});
