import { unsupportedNodeReason } from './node-version';

/**
 * Imported first by main.ts, so it runs before anything loads a native module: on an unsupported
 * Node.js the service stops with one line instead of a segmentation fault inside argon2.
 */
const reason = unsupportedNodeReason();
if (reason !== undefined) {
  process.stderr.write(`${reason}\n`);
  process.exit(1);
}
