import { measureSplats } from '../splats-step.ts';
const root = process.cwd();
await measureSplats(root, `${root}/dist`, '/tmp');
