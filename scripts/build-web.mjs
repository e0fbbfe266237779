// Bundles the browser pages (web/*) with esbuild into dist/web/<page>/: every asset comes from npm
// and is served by the API itself, so the pages work on closed networks.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pages = [
  { name: 'playground', entry: 'main.tsx', assets: ['index.html'] },
  { name: 'explorer', entry: 'main.ts', assets: ['index.html', 'explorer.css'] },
];

for (const { name: page, entry, assets } of pages) {
  const outdir = join(root, 'dist', 'web', page);
  mkdirSync(outdir, { recursive: true });
  const started = Date.now();
  await build({
    entryPoints: { [page]: join(root, 'web', page, entry) },
    bundle: true,
    minify: true,
    sourcemap: false,
    format: 'iife',
    target: ['es2020'],
    outdir,
    loader: {
      '.woff': 'dataurl',
      '.woff2': 'dataurl',
      '.ttf': 'dataurl',
      '.svg': 'dataurl',
      '.png': 'dataurl',
    },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
    legalComments: 'none',
  });
  for (const asset of assets) copyFileSync(join(root, 'web', page, asset), join(outdir, asset));
  const size = readFileSync(join(outdir, `${page}.js`)).length;
  console.log(
    `Built web/${page} -> dist/web/${page} (${Math.round(size / 1024)} KiB JS) in ${Date.now() - started} ms`,
  );
}
