// The database's name, apart from the Dexie schema, so the save worker can open it without Dexie.
export const DATABASE_NAME = 'parcours';
