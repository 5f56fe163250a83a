import { describe, expect, it } from 'vitest';
import { narrationPlainText, splitSentences } from './sentences.ts';

describe('narration text', () => {
  it('turns Markdown into plain paragraphs', () => {
    expect(narrationPlainText('The *Trần* jar.\nStill here.\n\nSecond [paragraph](https://x.y).')).toBe(
      'The Trần jar. Still here.\nSecond paragraph.',
    );
  });
  it('splits sentences per language', () => {
    expect(splitSentences('Trống đồng rất đẹp. Nó có ngôi sao!\nĐoạn hai?', 'vi')).toEqual([
      'Trống đồng rất đẹp.',
      'Nó có ngôi sao!',
      'Đoạn hai?',
    ]);
    expect(splitSentences('这是铜鼓。它很古老！', 'zh')).toEqual(['这是铜鼓。', '它很古老！']);
    expect(splitSentences('銅鼓です。とても古いです。', 'ja')).toEqual(['銅鼓です。', 'とても古いです。']);
  });
});
