import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainConfig, renderServerBlock } from './nginx.ts';

const deployConf = readFileSync(join(import.meta.dirname, '..', '..', 'deploy', 'nginx.conf'), 'utf8');

describe('renderServerBlock', () => {
  it('changes only the listen and root lines of deploy/nginx.conf', () => {
    const rendered = renderServerBlock(deployConf, '/tmp/site', 4500);
    expect(rendered).toContain('listen 127.0.0.1:4500;');
    expect(rendered).toContain('root /tmp/site;');
    expect(rendered).not.toContain('/srv/museum-guide/current;');
    const changed = deployConf.split('\n').filter((line) => !rendered.includes(line));
    expect(changed.map((l) => l.trim())).toEqual(['listen 80;', 'listen [::]:80;', 'root /srv/museum-guide/current;']);
  });

  it('sends /api/ to a test’s own reports service when given its port, and changes nothing else for it', () => {
    const rendered = renderServerBlock(deployConf, '/tmp/site', 4500, 4731);
    expect(rendered).toContain('server 127.0.0.1:4731;');
    expect(rendered).not.toContain('server 127.0.0.1:4322;');
    const changed = deployConf.split('\n').filter((line) => !rendered.includes(line));
    expect(changed.map((l) => l.trim())).toEqual([
      'server 127.0.0.1:4322;',
      'listen 80;',
      'listen [::]:80;',
      'root /srv/museum-guide/current;',
    ]);
  });

  it('refuses a file whose lines it no longer recognises, rather than test something else', () => {
    expect(() => renderServerBlock(deployConf.replace('listen 80;', 'listen 8080;'), '/tmp/site', 1)).toThrow(
      /listen 80/,
    );
  });
});

describe('mainConfig', () => {
  it('keeps every file nginx writes inside the prefix, and names a user only when run as root', () => {
    const conf = mainConfig('/tmp/p', { asRoot: false });
    for (const line of conf.split('\n').filter((l) => /(pid|_log|_path) /.test(l))) expect(line).toContain('/tmp/p/');
    expect(conf).not.toMatch(/^user /m);
    expect(mainConfig('/tmp/p', { asRoot: true })).toMatch(/^user root root;/m);
  });
});
