import { describe, expect, it } from 'vitest';
import { expertBaseSchema } from './expert.ts';

describe('an expert file naming a GitHub account', () => {
  const expert = { destination: 'ha-long', name: 'Nguyễn Thị Lan', speaks: ['vi'] };

  it('accepts a GitHub account name and refuses anything GitHub would not', () => {
    expect(expertBaseSchema.parse({ ...expert, github: 'lan-nguyen' }).github).toBe('lan-nguyen');
    for (const github of ['-lan', 'lan--nguyen', 'lan nguyen', '@lan', 'x'.repeat(40)]) {
      const result = expertBaseSchema.safeParse({ ...expert, github });
      expect(result.success, github).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/GitHub account name/);
    }
  });
});
