// Builds the web page into dist/web: one script and one stylesheet with hashed names (cached for
// good), an index.html that names them, the service worker at a fixed name (/sw.js: a worker's
// address must not change, and it controls only what lies under it), and gzip and brotli copies the
// service sends when asked.
// `node web/build.mjs` (npm run build:web); prints each file's size, compressed.
import { build } from 'esbuild';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
export const OUT_DIR = resolve(here, '..', 'dist', 'web');
const WORKER = 'sw.js';

export async function buildWeb({ outdir = OUT_DIR, quiet = false } = {}) {
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  const result = await build({
    entryPoints: { app: join(here, 'src', 'main.tsx') },
    bundle: true,
    minify: true,
    format: 'esm',
    target: ['chrome110', 'safari16', 'firefox115'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    entryNames: '[name]-[hash]',
    outdir,
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  // A classic script (every browser registers one), without the page's code.
  await build({
    entryPoints: [join(here, 'src', 'sw', 'sw.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['chrome110', 'safari16', 'firefox115'],
    outfile: join(outdir, WORKER),
    legalComments: 'none',
    logLevel: 'warning',
  });
  const outputs = Object.keys(result.metafile.outputs).map((file) => basename(file));
  const script = outputs.find((file) => file.endsWith('.js'));
  const style = outputs.find((file) => file.endsWith('.css'));
  const html = (await readFile(join(here, 'index.html'), 'utf8'))
    .replace('%SCRIPT%', `/${script}`)
    .replace('%STYLE%', `/${style}`);
  await writeFile(join(outdir, 'index.html'), html);

  const sizes = {};
  for (const file of ['index.html', script, style, WORKER]) {
    const content = await readFile(join(outdir, file));
    const gzip = gzipSync(content, { level: 9 });
    const brotli = brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
    await writeFile(join(outdir, `${file}.gz`), gzip);
    await writeFile(join(outdir, `${file}.br`), brotli);
    sizes[file] = { bytes: content.length, gzip: gzip.length, brotli: brotli.length };
  }
  await writeFile(join(outdir, 'sizes.json'), JSON.stringify({ script, style, worker: WORKER, sizes }, null, 2));
  if (!quiet) {
    for (const [file, size] of Object.entries(sizes)) {
      console.log(`web: ${file.padEnd(24)} ${size.bytes} B, ${size.gzip} B gzip, ${size.brotli} B brotli`);
    }
  }
  return { script, style, sizes };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildWeb().catch((error) => {
    console.error(`web: build failed: ${error.message}`);
    process.exit(1);
  });
}
