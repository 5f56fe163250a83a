import { readFileSync } from 'node:fs';
import type { Plugin } from 'esbuild';

/** gray-matter's table of front-matter languages, wherever npm put the package. */
const ENGINES_MODULE = /[\\/]gray-matter[\\/]lib[\\/]engines\.js$/;

/**
 * Decap CMS parses front matter with gray-matter, which picks the language from the opening line and
 * evaluates `---js` / `---javascript` front matter with eval(). /admin/ must allow 'unsafe-eval' (Decap's
 * schema validator compiles code), so a committed file starting with `---js` would run in an editor's
 * browser, on the site's origin, beside the GitHub token Decap keeps in localStorage. This plugin swaps
 * the JavaScript engine for one that refuses at bundle time; YAML (and Decap's own TOML and JSON
 * parsers, which do not evaluate) stay. CoffeeScript is not bundled by gray-matter at all.
 */
export function noCodeFrontMatter(seen: { enginesReplaced: number } = { enginesReplaced: 0 }): Plugin {
  return {
    name: 'no-code-front-matter',
    setup(build) {
      build.onLoad({ filter: ENGINES_MODULE }, (args) => {
        seen.enginesReplaced += 1;
        const original = readFileSync(args.path, 'utf8');
        return { contents: `${original}\n${REFUSING_ENGINE}`, loader: 'js' };
      });
    },
  };
}

// gray-matter maps both "js" and "javascript" to this one entry (lib/engine.js, aliase()).
const REFUSING_ENGINE = `
module.exports.javascript = {
  parse() {
    throw new Error('Front matter in JavaScript (---js) is refused: this editor reads YAML front matter (---) only.');
  },
  stringify() {
    throw new Error('Front matter in JavaScript (---js) is refused: this editor reads YAML front matter (---) only.');
  },
};
`;
