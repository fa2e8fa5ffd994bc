import { mkdir } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'
import { bundleUi } from './bundle-ui.ts'
import { UI_DIST } from './load-ui-assets.ts'
import { packageRoot } from './package-root.ts'
import { writeFileAtomic } from '../support/write-file-atomic.ts'

// `node --import tsx src/ui/build-ui.ts [DIR]`: writes the minified UI to DIR (default dist/ui/)
// and prints the sizes, raw and gzipped.
const dir = process.argv[2] ?? join(packageRoot(), UI_DIST)
await mkdir(dir, { recursive: true })
const assets = await bundleUi()
const lines = [
  `secgraph UI bundles (${relative(process.cwd(), dir) || '.'}/):`,
  '  file          raw bytes   gzip bytes',
]
for (const asset of assets) {
  const file = join(dir, asset.file)
  // Atomic: a server reading dist/ui never sees half a file.
  await writeFileAtomic(file, asset.body)
  const gzip = gzipSync(asset.body, { level: 9 }).length
  lines.push(
    `  ${asset.file.padEnd(12)} ${String(asset.body.length).padStart(10)} ${String(gzip).padStart(12)}`,
  )
}
console.log(lines.join('\n'))
