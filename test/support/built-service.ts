import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '../..');

/** A built install of the service in a folder of its own (dist/ compiled from src and migrations). */
export function buildService(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'haven-built-'));
  cpSync(join(root, 'package.json'), join(dir, 'package.json'));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const swc = spawnSync(
    join(root, 'node_modules/.bin/swc'),
    ['src', 'migrations', '-d', join(dir, 'dist'), '--config-file', '.swcrc', '--quiet'],
    { cwd: root, encoding: 'utf8' },
  );
  if (swc.status !== 0) throw new Error(`swc failed: ${swc.stderr}`);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A port nobody listens on now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** `node dist/src/main.js` in a built install, with only the environment given (and PATH). */
export function startService(dir: string, env: Record<string, string>): ChildProcess & { output: () => string } {
  const child = spawn(process.execPath, [join(dir, 'dist/src/main.js')], {
    cwd: dir,
    env: { PATH: process.env.PATH, HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return Object.assign(child, { output: () => output });
}

/**
 * Stops a started service (SIGTERM) and waits for it to exit: true when it shut down as it should
 * (Nest closes the application, then ends the process with the signal it received).
 */
export async function stopService(child: ChildProcess): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return false; // it had stopped by itself
  const exited = new Promise<boolean>((resolve) =>
    child.once('exit', (code, signal) => resolve(code === 0 || signal === 'SIGTERM')),
  );
  child.kill('SIGTERM');
  return exited;
}
