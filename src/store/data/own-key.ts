// Records keyed by deck and card ids: an id such as "constructor" or "toString" must find the record's own entry,
// never an Object.prototype member, and "__proto__" must be stored as an entry, not change a prototype.

export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, writable: true, enumerable: true, configurable: true });
}

/** `record[deckId][cardId]`, own entries only. */
export function ownIn<T>(record: Readonly<Record<string, Record<string, T>>>, deckId: string, cardId: string): T | undefined {
  return own(own(record, deckId), cardId);
}
