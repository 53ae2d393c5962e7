// What a live client sends the server to be let in: the room key it holds and who it is.
export interface LiveToken {
  key: string;
  participantId: string;
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;

export function liveToken(token: LiveToken): string {
  return JSON.stringify(token);
}

/** The token a client sent, or null when it is not one. */
export function parseLiveToken(raw: unknown): LiveToken | null {
  if (typeof raw !== 'string' || raw.length > 1_000) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (value === null || typeof value !== 'object') return null;
    const { key, participantId } = value as Record<string, unknown>;
    if (typeof key !== 'string' || !key || key.length > 200) return null;
    if (typeof participantId !== 'string' || !ID.test(participantId)) return null;
    return { key, participantId };
  } catch {
    return null;
  }
}
