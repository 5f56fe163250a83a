import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentDocument } from './documents.ts';
import { frontMatterDelimiterProblem } from './front-matter-delimiter.ts';

const file = 'content/exhibits/bronze-drum.vi.md';

/** What the content check says about a Markdown file with this text. */
function check(text: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'delimiter-'));
  try {
    writeFileSync(join(folder, 'a.md'), text);
    const result = readContentDocument(join(folder, 'a.md'), file);
    return 'problem' in result ? `${result.problem.field}: ${result.problem.expected}` : 'accepted';
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe('the front-matter opening line', () => {
  it('refuses ---js and ---javascript, saying the editor would run them as code', () => {
    for (const first of ['---js', '---javascript', '--- js', '---JS'])
      expect(check(`${first}\n{ title: (alert(1), 'x') }\n---\nBody\n`), first).toMatch(
        new RegExp(
          `^\\(front matter\\): the first line to be exactly "---" \\(YAML front matter\\); found "${first}", front matter in JavaScript, which the editor`,
        ),
      );
  });

  it('refuses every other language gray-matter or Decap would accept', () => {
    expect(check('---coffee\ntitle: "x"\n---\n')).toMatch(/found "---coffee", front matter in CoffeeScript/);
    expect(check('---json\n{"title": "x"}\n---\n')).toMatch(/found "---json", front matter in JSON/);
    expect(check('---toml\ntitle = "x"\n---\n')).toMatch(/found "---toml", front matter in TOML/);
    expect(check('+++\ntitle = "x"\n+++\n')).toMatch(/found "\+\+\+", front matter in TOML/);
    expect(check('---yaml\ntitle: x\n---\n')).toMatch(/found "---yaml"$/);
  });

  it('accepts plain YAML front matter, and an untranslated (empty) file', () => {
    expect(check('---\ntitle: Trống đồng\n---\nBody\n')).toBe('accepted');
    expect(check('---\r\ntitle: x\r\n---\r\n')).toBe('accepted');
    expect(check('\n')).toBe('accepted');
    expect(frontMatterDelimiterProblem('--- \ntitle: x\n---\n', file)).toBeNull();
  });
});
