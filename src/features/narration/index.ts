// What other features may use of narration (the editor's tap-to-sync): sentences and caption writing.
export { formatCaptions } from './captions.ts';
export { narrationPlainText, splitSentences } from './sentences.ts';
export { shortCues } from './short-cues.ts';
