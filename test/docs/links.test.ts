import assert from 'node:assert/strict'
import { existsSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { test } from 'node:test'
import { docFiles, headingAnchors, parseDoc, projectRoot, walkTree } from './support/doc-files.ts'

test('every relative link in README.md, docs/ and bench/RESULTS.md resolves, anchors included', () => {
  const anchorsOf = new Map<string, Set<string>>()
  const anchors = (file: string): Set<string> => {
    let found = anchorsOf.get(file)
    if (!found) anchorsOf.set(file, (found = headingAnchors(parseDoc(file))))
    return found
  }
  const broken: string[] = []
  let checked = 0
  for (const file of docFiles()) {
    for (const node of walkTree(parseDoc(file))) {
      if (node.type !== 'link' && node.type !== 'definition') continue
      const url = node.url
      if (/^[a-z][a-z0-9+.-]*:/i.test(url)) continue // external: http:, mailto:
      checked++
      const [path = '', anchor] = url.split('#')
      const target = path === '' ? file : join(dirname(file), decodeURIComponent(path))
      const where = `${file}:${node.position?.start.line ?? 0}: ${url}`
      if (
        !resolve(projectRoot, target).startsWith(projectRoot) ||
        !existsSync(join(projectRoot, target))
      ) {
        broken.push(`${where} (no file ${target})`)
        continue
      }
      if (anchor === undefined || anchor === '') continue
      if (statSync(join(projectRoot, target)).isDirectory() || !target.endsWith('.md')) {
        broken.push(`${where} (anchor on a file that is not Markdown)`)
      } else if (!anchors(target).has(anchor)) {
        broken.push(`${where} (no heading #${anchor} in ${target})`)
      }
    }
  }
  assert.ok(checked > 50, `only ${checked} relative links found: is the scan broken?`)
  assert.deepEqual(broken, [])
})
