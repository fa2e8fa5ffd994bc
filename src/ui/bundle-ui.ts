import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { build } from 'esbuild'
import type { Plugin } from 'esbuild'
import { packageRoot } from './package-root.ts'
import type { UiAsset } from './ui-assets.ts'
import { UI_FILES } from './ui-assets.ts'

const TARGET = 'es2022'

async function bundleCss(file: string): Promise<string> {
  const result = await build({
    entryPoints: [file],
    bundle: true,
    minify: true,
    write: false,
    target: TARGET,
    logLevel: 'silent',
  })
  return result.outputFiles[0]?.text ?? ''
}

/** Stylesheets imported by scripts arrive as minified text (the widget adopts them at runtime). */
const cssAsText: Plugin = {
  name: 'css-as-text',
  setup(builder) {
    builder.onLoad({ filter: /\.css$/ }, async (args) => ({
      contents: await bundleCss(args.path),
      loader: 'text',
    }))
  },
}

async function bundleScript(file: string): Promise<string> {
  const result = await build({
    entryPoints: [file],
    bundle: true,
    minify: true,
    format: 'iife',
    target: TARGET,
    write: false,
    legalComments: 'none',
    plugins: [cssAsText],
    logLevel: 'silent',
  })
  return result.outputFiles[0]?.text ?? ''
}

/** Redoc's self-contained browser bundle, as the redoc package ships it (a development dependency). */
async function readRedocBundle(): Promise<Buffer> {
  const redoc = dirname(createRequire(import.meta.url).resolve('redoc/package.json'))
  return readFile(join(redoc, 'bundles', 'redoc.standalone.js'))
}

/**
 * Bundles the UI in memory: the page script, its stylesheet, the web component and the script
 * of the API reference, each one minified file, plus the static page and Redoc's bundle as it is.
 * Needs esbuild and redoc (development dependencies).
 */
export async function bundleUi(): Promise<UiAsset[]> {
  const client = join(packageRoot(), 'src', 'ui', 'client')
  const [html, app, css, embed, redoc, reference] = await Promise.all([
    readFile(join(packageRoot(), 'src', 'ui', 'static', 'index.html')),
    bundleScript(join(client, 'app.ts')),
    bundleCss(join(client, 'app.css')),
    bundleScript(join(client, 'embed.ts')),
    readRedocBundle(),
    bundleScript(join(client, 'api-reference.ts')),
  ])
  const bodies: Record<string, Buffer> = {
    'index.html': html,
    'app.js': Buffer.from(app),
    'app.css': Buffer.from(css),
    'embed.js': Buffer.from(embed),
    'redoc.standalone.js': redoc,
    'api-reference.js': Buffer.from(reference),
  }
  return UI_FILES.map((f) => ({ ...f, body: bodies[f.file] ?? Buffer.alloc(0) }))
}
