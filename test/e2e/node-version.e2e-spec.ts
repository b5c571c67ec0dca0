import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { SUPPORTED_NODE_MAJOR, unsupportedNodeReason } from '../../src/node-version';

const root = join(__dirname, '../..');

/** CONTRACT.md, Operations: the service refuses, with one line, a Node.js it does not support. */
describe('the Node.js it runs on', () => {
  it('needs the major version that `npm ci` installs and `npm start` runs it with', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(Number(/\d+/.exec(pkg.devDependencies.node)![0])).toBe(SUPPORTED_NODE_MAJOR);
    expect(pkg.scripts.start).toBe('node dist/src/main.js'); // npm puts node_modules/.bin (that Node) first
  });

  it.each(['20.20.2', '22.12.0', 'v18.19.1'])('refuses Node.js %s in one line that says what to do', (version) => {
    const reason = unsupportedNodeReason(version)!;
    expect(reason).toContain(`Node.js ${version}`);
    expect(reason).toContain(`Node.js ${SUPPORTED_NODE_MAJOR} or newer`);
    expect(reason).toContain('`npm start`');
    expect(reason).not.toContain('\n');
  });

  it.each([`${SUPPORTED_NODE_MAJOR}.0.0`, `${SUPPORTED_NODE_MAJOR + 2}.1.0`])('accepts Node.js %s', (version) => {
    expect(unsupportedNodeReason(version)).toBeUndefined();
  });

  describe('the built service', () => {
    let install: string;
    beforeAll(() => {
      install = mkdtempSync(join(tmpdir(), 'haven-node-version-'));
      symlinkSync(join(root, 'node_modules'), join(install, 'node_modules'), 'dir');
      const swc = spawnSync(
        join(root, 'node_modules/.bin/swc'),
        ['src', '-d', join(install, 'dist'), '--config-file', '.swcrc', '--quiet'],
        { cwd: root, encoding: 'utf8' },
      );
      expect(swc.stderr).toBe('');
      // Makes this Node.js say it is an older one, before main.js runs.
      writeFileSync(
        join(install, 'older-node.cjs'),
        "Object.defineProperty(process, 'versions', { value: { ...process.versions, node: '20.20.2' } });\n",
      );
    });
    afterAll(() => rmSync(install, { recursive: true, force: true }));

    function start(node: string, args: string[] = []) {
      return spawnSync(node, [...args, join(install, 'dist/src/main.js')], {
        cwd: install,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, DATABASE_URL: 'pglite://memory', PORT: '0', HOST: '127.0.0.1' },
        timeout: 60_000,
      });
    }

    it('refuses to start on an older Node.js with that one line, before loading anything else', () => {
      const run = start(process.execPath, ['--require', join(install, 'older-node.cjs')]);
      expect(run.status).toBe(1);
      expect(run.signal).toBeNull();
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(`${unsupportedNodeReason('20.20.2')}\n`);
    });

    it("refuses a machine's own older Node.js the same way, with no segmentation fault", () => {
      // Every `node` on PATH but the one npm installed; this machine's Node 20, if it has one.
      const older = (process.env.PATH ?? '')
        .split(delimiter)
        .filter((dir) => dir && !dir.includes('node_modules'))
        .map((dir) => join(dir, 'node'))
        .filter((node) => existsSync(node))
        .map((node) => ({ node, version: spawnSync(node, ['-p', 'process.versions.node'], { encoding: 'utf8' }) }))
        .filter(({ version }) => version.status === 0 && unsupportedNodeReason(version.stdout.trim()) !== undefined);
      for (const { node, version } of older) {
        const run = start(node);
        expect({ node, status: run.status, signal: run.signal }).toEqual({ node, status: 1, signal: null });
        expect(run.stderr).toBe(`${unsupportedNodeReason(version.stdout.trim())}\n`);
      }
    });
  });
});
