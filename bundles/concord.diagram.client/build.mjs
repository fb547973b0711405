// Bundles the client into web/ (served by concord.diagram). Deterministic: no timestamps, no source maps.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';

mkdirSync('web', { recursive: true });
await build({
  entryPoints: ['src/main.ts'],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  outfile: 'web/concord-map.js',
  loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file' },
  assetNames: '[name]',
  logLevel: 'warning',
  legalComments: 'external'
});
copyFileSync('src/index.html', 'web/index.html');
