import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

/** The non-blank lines of every Markdown file under `dir`: texts for property tests. */
export function markdownLines(dir: string): string[] {
  const lines: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.md')) continue
    const text = readFileSync(join(entry.parentPath, entry.name), 'utf8')
    lines.push(...text.split('\n').filter((line) => line.trim() !== ''))
  }
  return lines
}
