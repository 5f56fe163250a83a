import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { checkContent } from '../../src/content/loader/check-content.ts';
import { ContentError } from '../../src/content/loader/problems.ts';
import { mutateContent } from './mutate-content.ts';
import { SeededRandom } from '../shared/seeded-random.ts';

export type FuzzResult = {
  seed: number;
  mutations: number;
  accepted: number;
  refused: number;
  /** Mutations the check may never accept (bytes that are not text, a media path off the site). */
  mustRefuse: number;
  /** Mutations that crashed the check (anything but a ContentError) or were refused without a file and field. */
  failures: string[];
};

/**
 * Copies `root`'s content into a scratch folder (scenes and public/ linked, as they are only read), then
 * `count` times: mutates one content file chosen at random, runs the same check the build runs, and
 * puts the file back. A mutation must either pass or be refused with every problem naming a content
 * file and a field; anything else (a TypeError, a stack trace, a problem without a file) is a failure.
 */
export async function fuzzContent(root: string, options: { seed: number; count: number }): Promise<FuzzResult> {
  const scratch = mkdtempSync(join(tmpdir(), 'content-fuzz-'));
  try {
    cpSync(join(root, 'content'), join(scratch, 'content'), { recursive: true });
    // Never mutated, only read (scenes are checked against the content, media files are probed).
    for (const part of ['scenes', 'public']) {
      if (existsSync(join(root, part))) symlinkSync(join(root, part), join(scratch, part));
    }
    const files = readdirSync(join(scratch, 'content'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(md|ya?ml)$/.test(e.name))
      .map((e) => relative(scratch, join(e.parentPath, e.name)))
      .sort();
    const random = new SeededRandom(options.seed);
    const result: FuzzResult = {
      seed: options.seed,
      mutations: options.count,
      accepted: 0,
      refused: 0,
      mustRefuse: 0,
      failures: [],
    };
    for (let i = 0; i < options.count; i++) {
      const file = random.pick(files);
      const original = readFileSync(join(scratch, file), 'utf8');
      const mutation = mutateContent(original, file.endsWith('.md'), random);
      writeFileSync(join(scratch, file), mutation.bytes ?? mutation.text);
      let verdict = await judge(scratch, file);
      if (mutation.mustRefuse) result.mustRefuse++;
      if (mutation.mustRefuse && verdict === 'accepted') verdict = 'accepted, but the check must refuse it';
      writeFileSync(join(scratch, file), original);
      if (verdict === 'accepted') result.accepted++;
      else if (verdict === 'refused') result.refused++;
      else result.failures.push(`#${i} ${file}: ${mutation.description} → ${verdict}`);
    }
    return result;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function judge(root: string, mutated: string): Promise<'accepted' | 'refused' | string> {
  try {
    await checkContent(root);
    return 'accepted';
  } catch (error) {
    if (!(error instanceof ContentError)) {
      const first = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      return `crashed with ${first.split('\n')[0]}`;
    }
    const unnamed = error.problems.find((p) => !/^(content|scenes)\/\S/.test(p.file) || p.field.trim() === '');
    if (unnamed) return `refused without naming a file and field: ${JSON.stringify(unnamed)}`;
    // The mutated file is the one to blame, or one that depends on it (an exhibit naming a gallery).
    if (error.problems.length === 0) return `refused with no problems listed (mutated ${mutated})`;
    return 'refused';
  }
}
