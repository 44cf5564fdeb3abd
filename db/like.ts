/** Escapes LIKE's wildcards (% and _) and its escape character (\, PostgreSQL's default) so user text matches literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A LIKE/ILIKE pattern matching values that contain `text` literally. */
export function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}

/** A LIKE/ILIKE pattern matching values that start with `text` literally. */
export function prefixPattern(text: string): string {
  return `${escapeLike(text)}%`;
}
