/**
 * The Node.js the service runs on. `npm ci` installs Node 24 from the npm registry (the `node`
 * development dependency) and every npm script, `npm start` among them, runs with it; a machine's
 * own Node 20 installs but cannot run the service (argon2's native module dies on it with a
 * segmentation fault, and dependencies need 22.12 or newer). A test ties this to package.json.
 */
export const SUPPORTED_NODE_MAJOR = 24;

/** Why this Node.js cannot run the service, in one line; undefined when it can. */
export function unsupportedNodeReason(version: string = process.versions.node): string | undefined {
  const major = Number(/^v?(\d+)\./.exec(version)?.[1]);
  if (major >= SUPPORTED_NODE_MAJOR) return undefined;
  return (
    `haven: cannot start on Node.js ${version}: it needs Node.js ${SUPPORTED_NODE_MAJOR} or newer. ` +
    `\`npm start\` runs it with the Node.js that \`npm ci\` installed (node_modules/.bin/node); ` +
    `use that, or install Node.js ${SUPPORTED_NODE_MAJOR}.`
  );
}
