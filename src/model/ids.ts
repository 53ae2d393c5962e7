// Identifiers for every entity in a Parcours document: short, URL-safe and random.
import { nanoid } from 'nanoid';

export type Id = string;

export function createId(): Id {
  return nanoid(12);
}
