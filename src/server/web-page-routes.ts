import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router } from 'express';
import { PROJECT_ROOT } from '../db/project-paths';
import { readExampleQueries } from './example-queries';

/** Built by scripts/build-web.mjs (npm run build) from web/<page>. */
export function webAssetsDir(page: 'playground' | 'explorer'): string {
  return join(PROJECT_ROOT, 'dist', 'web', page);
}

/** Serves a bundled page at /<mount>/ (express.static redirects /<mount> there). */
export function staticPage(router: Router, mount: string, page: 'playground' | 'explorer'): void {
  const dir = webAssetsDir(page);
  // Express matches /<mount> and /<mount>/ alike; express.static redirects the former.
  router.get(`/${mount}/`, (_req, res, next) => {
    if (!existsSync(join(dir, 'index.html'))) {
      res.status(503).type('text/plain').send(`The ${page} page is not built yet: run "npm run build".`);
      return;
    }
    next();
  });
  router.use(`/${mount}`, express.static(dir, { index: 'index.html', fallthrough: true }));
}

/**
 * GET /playground: GraphiQL bundled from npm and served by us, so nothing is fetched from a CDN;
 * GET /explore: the network explorer (Cytoscape.js). GET / redirects to the playground. The example
 * queries are served as JSON for the playground's tabs.
 */
export function webPageRoutes(): Router {
  const router = Router();
  const examples = readExampleQueries();
  router.get('/', (_req, res) => {
    res.redirect(302, '/playground/');
  });
  router.get('/playground/examples.json', (_req, res) => {
    res.json(examples);
  });
  staticPage(router, 'playground', 'playground');
  staticPage(router, 'explore', 'explorer');
  return router;
}
