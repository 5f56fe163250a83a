/**
 * Translated sentences sometimes wrap a link ("Verified by {{expert}} on …"). Translate with SLOT as
 * the value, then split around it, so each language keeps its own word order around the link.
 */
export const SLOT = '\u0000slot\u0000';

export function aroundSlot(sentence: string): [before: string, after: string] {
  const at = sentence.indexOf(SLOT);
  if (at < 0) return [sentence, ''];
  return [sentence.slice(0, at), sentence.slice(at + SLOT.length)];
}
