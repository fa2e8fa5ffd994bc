/**
 * Top functions of a V8 `.cpuprofile` (from `node --cpu-prof`) by self and inclusive time, and
 * time per area (our modules, each package, Node internals, GC). Run on its own:
 *
 *   node --import tsx bench/support/summarize-cpu-profile.ts FILE.cpuprofile [TOP]
 */
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  hitCount?: number
  children?: number[]
}

interface CpuProfile {
  nodes: ProfileNode[]
  samples: number[]
}

export interface FunctionTime {
  name: string
  area: string
  /** Share of the busy samples (idle excluded), in percent. */
  self: number
  inclusive: number
}

export interface ProfileSummary {
  /** Share of all samples spent idle (waiting for I/O), in percent. */
  idle: number
  functions: FunctionTime[]
  areas: { area: string; self: number }[]
}

const projectRoot = fileURLToPath(new URL('../..', import.meta.url))

/** Where a frame's code lives: `src/api/etag.ts`, a package name, `node:internal`, or `(native)`. */
function areaOf(url: string): string {
  if (url === '') return '(native)'
  if (url.startsWith('node:')) return 'node:internal'
  const path = url.startsWith('file://') ? fileURLToPath(url) : url
  const modules = path.lastIndexOf('/node_modules/')
  if (modules >= 0) {
    const rest = path.slice(modules + '/node_modules/'.length).split('/')
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? path)
  }
  return path.startsWith(projectRoot) ? path.slice(projectRoot.length) : path
}

export function summarizeCpuProfile(profile: CpuProfile): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id)
  const hits = new Map<number, number>()
  for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1)

  const keyOf = (node: ProfileNode): string => {
    const { functionName, url, lineNumber } = node.callFrame
    const name = functionName || '(anonymous)'
    if (url === '') return name
    // Our TypeScript runs through tsx, whose output lines don't match the source: name the file only.
    const where = areaOf(url)
    return where.endsWith('.ts') ? `${name} ${where}` : `${name} ${where}:${lineNumber + 1}`
  }
  let idle = 0
  let busy = 0
  const self = new Map<string, number>()
  const inclusive = new Map<string, number>()
  const areas = new Map<string, number>()
  const area = new Map<string, string>()
  for (const [id, count] of hits) {
    const node = byId.get(id)
    if (!node) continue
    if (node.callFrame.functionName === '(idle)') {
      idle += count
      continue
    }
    busy += count
    const key = keyOf(node)
    const nodeArea =
      node.callFrame.url === '' ? node.callFrame.functionName : areaOf(node.callFrame.url)
    area.set(key, nodeArea)
    self.set(key, (self.get(key) ?? 0) + count)
    areas.set(nodeArea, (areas.get(nodeArea) ?? 0) + count)
    // Inclusive time counts each function once per sample, however deep the recursion.
    const seen = new Set<string>()
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)
      if (!frame || frame.callFrame.functionName === '(root)') continue
      const frameKey = keyOf(frame)
      if (seen.has(frameKey)) continue
      seen.add(frameKey)
      if (!area.has(frameKey)) area.set(frameKey, areaOf(frame.callFrame.url))
      inclusive.set(frameKey, (inclusive.get(frameKey) ?? 0) + count)
    }
  }
  const percent = (n: number) => (busy === 0 ? 0 : (100 * n) / busy)
  const functions = [...inclusive.keys()].map((name) => ({
    name,
    area: area.get(name) ?? '',
    self: percent(self.get(name) ?? 0),
    inclusive: percent(inclusive.get(name) ?? 0),
  }))
  return {
    idle: (100 * idle) / Math.max(1, idle + busy),
    functions,
    areas: [...areas]
      .map(([name, n]) => ({ area: name, self: percent(n) }))
      .sort((a, b) => b.self - a.self),
  }
}

/** Prints the summary: areas, top self time, and inclusive time of our own functions. */
export function printCpuProfileSummary(summary: ProfileSummary, top = 25): void {
  const pct = (n: number) => `${n.toFixed(1).padStart(5)}%`
  console.log(`  idle ${summary.idle.toFixed(1)}% of samples; shares below are of busy samples`)
  console.log('  self time by area:')
  for (const { area, self } of summary.areas.slice(0, 15)) console.log(`    ${pct(self)}  ${area}`)
  console.log(`  top ${top} functions by self time:`)
  const bySelf = [...summary.functions].sort((a, b) => b.self - a.self).slice(0, top)
  for (const f of bySelf) console.log(`    ${pct(f.self)} self ${pct(f.inclusive)} incl  ${f.name}`)
  console.log(`  our functions (src/) by inclusive time:`)
  const ours = summary.functions
    .filter((f) => f.area.startsWith('src/'))
    .sort((a, b) => b.inclusive - a.inclusive)
    .slice(0, top)
  for (const f of ours) console.log(`    ${pct(f.inclusive)} incl ${pct(f.self)} self  ${f.name}`)
}

export async function readCpuProfile(file: string): Promise<CpuProfile> {
  return JSON.parse(await readFile(file, 'utf8')) as CpuProfile
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [file, top] = process.argv.slice(2)
  if (file === undefined) {
    console.error('usage: summarize-cpu-profile FILE.cpuprofile [TOP]')
    process.exit(2)
  }
  printCpuProfileSummary(summarizeCpuProfile(await readCpuProfile(file)), Number(top ?? 25))
}
