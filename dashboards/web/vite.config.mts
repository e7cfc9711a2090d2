import { defineConfig, type Plugin } from 'vite';

/** Modules that have no side effects when imported: the domain package and zod (only types and tiny constants are used). */
const SIDE_EFFECT_FREE = /[\\/](services[\\/]core|zod)[\\/]/;
const ZOD_MODULE = /[\\/]zod[\\/]/;
const CORE_MODULE = /[\\/]services[\\/]core[\\/]src[\\/]/;

/**
 * Warns when zod reaches the bundle: the app imports only types and small constants from
 * `@unstoppable/core`, so zod in the output means one of those constants lives in a module that
 * builds zod schemas at load time. The warning names the core modules in the bundle.
 */
function reportBundledZod(): Plugin {
  return {
    name: 'report-bundled-zod',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const rendered = Object.entries(chunk.modules).filter(([, info]) => info.renderedLength > 0);
        const zodBytes = rendered
          .filter(([id]) => ZOD_MODULE.test(id))
          .reduce((sum, [, info]) => sum + info.renderedLength, 0);
        if (zodBytes === 0) continue;
        const core = rendered
          .filter(([id]) => CORE_MODULE.test(id))
          .map(([id]) => id.replace(/^.*[\\/]services[\\/]core[\\/]src[\\/]/, ''));
        this.warn(
          `zod is in ${chunk.fileName} (${Math.round(zodBytes / 1024)} kB before minification), pulled in through ` +
            `@unstoppable/core (${core.join(', ')}): move the zod schemas out of the modules whose constants the app uses.`,
        );
      }
    },
  };
}

/** The order API's paths, proxied by the dev server when API_PROXY_TARGET is set (`pnpm dev`). */
const API_PATHS = ['/orders', '/products', '/circuit', '/health', '/admin'];
const proxyTarget = process.env.API_PROXY_TARGET;

export default defineConfig({
  // Relative asset URLs: dist/ works at the site root or under any path (S3 + CloudFront, the local stack).
  base: './',
  esbuild: { jsx: 'automatic' },
  plugins: [reportBundledZod()],
  server: proxyTarget
    ? {
        proxy: Object.fromEntries(
          API_PATHS.map((path) => [path, { target: proxyTarget, changeOrigin: true }]),
        ),
      }
    : {},
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    rollupOptions: {
      treeshake: { moduleSideEffects: (id) => !SIDE_EFFECT_FREE.test(id) },
      // zod is parsed (core re-exports its schemas) but tree-shaken away; its comments need no report.
      onwarn(warning, warn) {
        if (warning.code === 'INVALID_ANNOTATION' && warning.id && ZOD_MODULE.test(warning.id)) return;
        warn(warning);
      },
    },
  },
});
