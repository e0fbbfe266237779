import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium (test tools' own browser downloads fail on our machines). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium from calling home: on our closed network those calls fail noisily. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * How WebGL is drawn without a GPU: Chromium's own SwiftShader (the default, what any machine has), or
 * Mesa's llvmpipe through EGL (Linux with Mesa; another software rasterizer, several times faster for
 * sigma.js's node programs here: the explorer benchmark measures both).
 */
export type SoftwareGl = 'swiftshader' | 'llvmpipe';

const GL_ARGS: Record<SoftwareGl, readonly string[]> = {
  swiftshader: ['--disable-gpu'],
  llvmpipe: ['--use-gl=angle', '--use-angle=gl-egl', '--ignore-gpu-blocklist'],
};

export function launchBrowser(gl: SoftwareGl = 'swiftshader'): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, ...GL_ARGS[gl]],
  });
}

/** The WebGL renderer a page of this browser gets (e.g. "ANGLE (Google, Vulkan 1.3.0 (SwiftShader ...")). */
export async function webGlRenderer(browser: Browser): Promise<string> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      if (gl === null) return 'no WebGL';
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      return String(gl.getParameter(info === null ? gl.RENDERER : info.UNMASKED_RENDERER_WEBGL));
    });
  } finally {
    await page.close();
  }
}

/** Records every request a page makes, to assert that none leaves the origin. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

export function foreignRequests(urls: readonly string[], origin: string): string[] {
  return urls.filter(
    (url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'),
  );
}
