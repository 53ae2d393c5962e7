// The app's storage: one database, one repository (both made on first use), and quota helpers.
import { database } from './database';
import { createRepository, type Repository } from './repository';

let shared: Repository | null = null;

/** The repository over the app's database, opened on first use rather than at import. */
export function appRepository(): Repository {
  shared ??= createRepository(database());
  return shared;
}

export interface StorageEstimate {
  usage: number;
  quota: number;
  persisted: boolean;
}

/** Asks the browser not to evict Parcours's data under storage pressure. */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    if (await navigator.storage?.persisted?.()) return true;
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}

export async function estimateStorage(): Promise<StorageEstimate | null> {
  try {
    const estimate = await navigator.storage?.estimate?.();
    if (!estimate) return null;
    const persisted = (await navigator.storage.persisted?.()) ?? false;
    return { usage: estimate.usage ?? 0, quota: estimate.quota ?? 0, persisted };
  } catch {
    return null;
  }
}
