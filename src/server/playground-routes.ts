import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router } from 'express';
import { PROJECT_ROOT } from '../db/project-paths';
import { readExampleQueries } from './example-queries';

/** Built by scripts/build-web.mjs (npm run build) from web/playground. */
export const PLAYGROUND_ASSETS_DIR = join(PROJECT_ROOT, 'dist', 'web', 'playground');

/**
 * GET /playground: GraphiQL bundled from npm and served by us, so nothing is fetched from a CDN.
 * GET / redirects to it. The example queries are served as JSON for the playground's tabs.
 */
export function playgroundRoutes(): Router {
  const router = Router();
  const examples = readExampleQueries();
  router.get('/', (_req, res) => {
    res.redirect(302, '/playground/');
  });
  router.get('/playground/examples.json', (_req, res) => {
    res.json(examples);
  });
  // Express matches /playground and /playground/ alike; express.static redirects the former.
  router.get('/playground/', (_req, res, next) => {
    if (!existsSync(join(PLAYGROUND_ASSETS_DIR, 'index.html'))) {
      res.status(503).type('text/plain').send('The playground is not built yet: run "npm run build".');
      return;
    }
    next();
  });
  router.use(
    '/playground',
    express.static(PLAYGROUND_ASSETS_DIR, { index: 'index.html', fallthrough: true }),
  );
  return router;
}
