import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import type { RequestAuthenticator } from './authenticate-request';
import { PROJECT_ROOT } from '../shared/project-paths';
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
 * GET /explore: the network explorer (sigma.js). GET / and a browser's GET /graphql redirect to the
 * playground. The example
 * queries are served as JSON for the playground's tabs.
 */
export function webPageRoutes(options: {
  authenticate: RequestAuthenticator;
  requireAuthForReads: boolean;
}): Router {
  const router = Router();
  const examples = readExampleQueries();
  // The pages and the examples (which name people) are reads too: behind REQUIRE_AUTH_FOR_READS
  // they need a token like every other read.
  const requireToken = (req: Request, res: Response, next: NextFunction): void => {
    if (!options.requireAuthForReads) {
      next();
      return;
    }
    options.authenticate(req).then(
      () => next(),
      (error: { message?: string; extensions?: { code?: string } }) => {
        res.status(401).json({ errors: [{ message: error.message, extensions: error.extensions }] });
      },
    );
  };
  for (const path of ['/playground', '/explore']) router.use(path, securityHeaders, requireToken);
  router.get('/', securityHeaders, requireToken, (_req, res) => {
    res.redirect(302, '/playground/');
  });
  // A browser opening the endpoint (no query, HTML preferred) gets the playground, not an error.
  router.get('/graphql', (req, res, next) => {
    if (req.query.query === undefined && req.accepts(['application/json', 'text/html']) === 'text/html') {
      res.redirect(302, '/playground/');
      return;
    }
    next();
  });
  router.get('/playground/examples.json', (_req, res) => {
    res.json(examples);
  });
  staticPage(router, 'playground', 'playground');
  staticPage(router, 'explore', 'explorer');
  return router;
}

/**
 * Headers for the HTML pages and their bundles: scripts only from our origin (the pages have no inline
 * script), no framing (clickjacking), no MIME sniffing. Styles may be inline (GraphiQL and Cytoscape
 * set element styles); images may be data: or blob: URLs (PNG and SVG exports).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

function securityHeaders(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('x-frame-options', 'DENY');
  res.setHeader('referrer-policy', 'no-referrer');
  next();
}
