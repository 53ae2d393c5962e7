// The live server's storage: one SQLite file holding each room (its id and the hashes of its two
// keys, never the keys) and each room's Yjs document state.
import Database from 'better-sqlite3';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export interface NewRoom {
  roomId: string;
  /** What participants join with (in the join link). */
  secret: string;
  /** What the facilitator connects with; it never leaves the facilitator's device. */
  facilitatorKey: string;
}

export type RoomRole = 'facilitator' | 'participant';

const hash = (key: string) => createHash('sha256').update(key, 'utf8').digest();

/** An unguessable key: `bytes` random bytes, URL-safe. 18 bytes = 144 bits = 24 characters. */
export const randomKey = (bytes = 18) => randomBytes(bytes).toString('base64url');

export function openRoomStore(path: string) {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`
    CREATE TABLE IF NOT EXISTS rooms (
      id TEXT PRIMARY KEY,
      secret_hash BLOB NOT NULL,
      facilitator_hash BLOB NOT NULL,
      created_at TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS documents (
      name TEXT PRIMARY KEY,
      state BLOB NOT NULL,
      updated_at TEXT NOT NULL
    );
  `);
  const insertRoom = db.prepare(
    'INSERT INTO rooms (id, secret_hash, facilitator_hash, created_at) VALUES (?, ?, ?, ?)',
  );
  const selectRoom = db.prepare<[string], { secret_hash: Buffer; facilitator_hash: Buffer }>(
    'SELECT secret_hash, facilitator_hash FROM rooms WHERE id = ?',
  );
  const deleteRoom = db.prepare('DELETE FROM rooms WHERE id = ?');
  const selectDocument = db.prepare<[string], { state: Buffer }>(
    'SELECT state FROM documents WHERE name = ?',
  );
  const upsertDocument = db.prepare(
    `INSERT INTO documents (name, state, updated_at) VALUES (?, ?, ?)
     ON CONFLICT(name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
  );
  const deleteDocument = db.prepare('DELETE FROM documents WHERE name = ?');

  return {
    createRoom(): NewRoom {
      const room = { roomId: randomKey(), secret: randomKey(), facilitatorKey: randomKey() };
      insertRoom.run(
        room.roomId,
        hash(room.secret),
        hash(room.facilitatorKey),
        new Date().toISOString(),
      );
      return room;
    },
    /** Who `key` lets into room `roomId`, or null (no such room, or a wrong key). */
    roleFor(roomId: string, key: string): RoomRole | null {
      const row = selectRoom.get(roomId);
      if (!row) return null;
      const given = hash(key);
      if (timingSafeEqual(given, row.facilitator_hash)) return 'facilitator';
      if (timingSafeEqual(given, row.secret_hash)) return 'participant';
      return null;
    },
    removeRoom(roomId: string): void {
      db.transaction(() => {
        deleteRoom.run(roomId);
        deleteDocument.run(roomId);
      })();
    },
    loadDocument(name: string): Uint8Array | null {
      const row = selectDocument.get(name);
      return row ? new Uint8Array(row.state) : null;
    },
    storeDocument(name: string, state: Uint8Array): void {
      upsertDocument.run(name, Buffer.from(state), new Date().toISOString());
    },
    close: () => db.close(),
  };
}

export type RoomStore = ReturnType<typeof openRoomStore>;
