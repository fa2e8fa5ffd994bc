/**
 * Derives what secgraph ships in `content/catalogs/` from the public-domain NIST and GSA files in
 * `../shared/catalogs/` (see its README): NIST SP 800-53 Rev. 5 ids, labels, titles, families,
 * parents, statement and guidance text, baseline membership (NIST and FedRAMP Rev. 5) and the ids
 * NIST's 800-53 → ISO/IEC 27001:2022 mapping pairs them with. No ISO text is read or written.
 *
 *   npm run catalogs [-- SHARED_CATALOGS_DIR]
 */
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CatalogFile, CatalogEntry, CatalogSource } from '../src/model/catalog-file.ts'

interface OscalProp {
  name: string
  value: string
}
interface OscalPart {
  name: string
  prose?: string
  parts?: OscalPart[]
  props?: OscalProp[]
}
interface OscalParam {
  id: string
  label?: string
  select?: { 'how-many'?: string; choice: string[] }
}
interface OscalControl {
  id: string
  title: string
  props?: OscalProp[]
  params?: OscalParam[]
  parts?: OscalPart[]
  links?: { href: string; rel: string }[]
  controls?: OscalControl[]
}
interface OscalCatalog {
  catalog: {
    metadata: { title: string; version: string; 'last-modified': string }
    groups: { id: string; title: string; controls: OscalControl[] }[]
  }
}
interface OscalProfile {
  profile: {
    metadata: { title: string; version: string }
    imports: { 'include-controls'?: { 'with-ids'?: string[] }[] }[]
  }
}
interface IsoMapping {
  title: string
  pairs: { nist: string; iso: string }[]
  clause_pairs: { nist: string; iso: string }[]
}

const CATALOG_ID = 'nist-800-53-r5'

/** Baseline program id → profile file under the shared catalogs folder. */
const BASELINES: readonly (readonly [string, string])[] = [
  ['nist-low', 'nist-sp-800-53-rev5/NIST_SP-800-53_rev5_LOW-baseline_profile.json'],
  ['nist-moderate', 'nist-sp-800-53-rev5/NIST_SP-800-53_rev5_MODERATE-baseline_profile.json'],
  ['nist-high', 'nist-sp-800-53-rev5/NIST_SP-800-53_rev5_HIGH-baseline_profile.json'],
  ['nist-privacy', 'nist-sp-800-53-rev5/NIST_SP-800-53_rev5_PRIVACY-baseline_profile.json'],
  ['fedramp-low', 'fedramp-rev5/FedRAMP_rev5_LOW-baseline_profile.json'],
  ['fedramp-moderate', 'fedramp-rev5/FedRAMP_rev5_MODERATE-baseline_profile.json'],
  ['fedramp-high', 'fedramp-rev5/FedRAMP_rev5_HIGH-baseline_profile.json'],
  ['fedramp-li-saas', 'fedramp-rev5/FedRAMP_rev5_LI-SaaS-baseline_profile.json'],
]
const CATALOG_FILE = 'nist-sp-800-53-rev5/NIST_SP-800-53_rev5_catalog.json'
const ISO_FILE = 'mappings/nist-800-53r5-to-iso-27001-2022.json'

const PUBLIC_DOMAIN =
  'US-government work: public domain in the US (17 U.S.C. 105), CC0 1.0 waiver worldwide'

/** Derives the shipped catalog from the shared catalogs folder. Pure: reads, never writes. */
export function deriveCatalogs(dir: string): CatalogFile {
  const sources: CatalogSource[] = []
  const read = <T>(file: string, version: (value: T) => string, licence: string): T => {
    const bytes = readFileSync(join(dir, file))
    const value = JSON.parse(bytes.toString('utf8')) as T
    sources.push({
      file,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      version: version(value),
      licence,
    })
    return value
  }
  const catalog = read<OscalCatalog>(
    CATALOG_FILE,
    (c) => `${c.catalog.metadata.title} ${c.catalog.metadata.version}`,
    `${PUBLIC_DOMAIN} (usnistgov/oscal-content)`,
  ).catalog

  const baselinesOf = new Map<string, string[]>()
  for (const [program, file] of BASELINES) {
    const profile = read<OscalProfile>(
      file,
      (p) => `${p.profile.metadata.title} ${p.profile.metadata.version}`,
      `${PUBLIC_DOMAIN} (${file.startsWith('fedramp') ? 'GSA/fedramp-automation' : 'usnistgov/oscal-content'})`,
    )
    const ids = profile.profile.imports.flatMap((i) =>
      (i['include-controls'] ?? []).flatMap((c) => c['with-ids'] ?? []),
    )
    for (const id of ids) baselinesOf.set(id, [...(baselinesOf.get(id) ?? []), program])
  }

  const iso = read<IsoMapping>(
    ISO_FILE,
    (m) => m.title,
    'Id pairs of NIST OLIR reference 155 (a NIST work, public domain in the US); ids only, no ISO/IEC text',
  )
  const isoOf = new Map<string, Set<string>>()
  for (const pair of [...iso.pairs, ...iso.clause_pairs]) {
    const set = isoOf.get(pair.nist) ?? new Set<string>()
    set.add(pair.iso)
    isoOf.set(pair.nist, set)
  }

  const entries: CatalogEntry[] = []
  const families: { id: string; title: string }[] = []
  for (const group of catalog.groups) {
    families.push({ id: group.id, title: group.title })
    const visit = (control: OscalControl, parent: string | null): void => {
      if (control.props?.some((p) => p.name === 'status' && p.value === 'withdrawn')) return
      const params = new Map((control.params ?? []).map((p) => [p.id, paramText(p)]))
      const prose = (name: string): string =>
        (control.parts ?? [])
          .filter((p) => p.name === name)
          .map((p) => flattenProse(p, params))
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim()
      // NIST's mapping is mostly at base-control level: an enhancement it does not name reaches
      // ISO through its base control (../shared/catalogs/README.md).
      const isoIds = isoOf.get(control.id) ?? (parent === null ? undefined : isoOf.get(parent))
      entries.push({
        controlId: control.id,
        label: control.props?.find((p) => p.name === 'label')?.value ?? control.id.toUpperCase(),
        title: control.title,
        family: group.id,
        parent,
        baselines: [...(baselinesOf.get(control.id) ?? [])].sort(),
        related: isoIds ? [{ program: 'iso-27001', ids: [...isoIds].sort(compareIso) }] : [],
        statement: prose('statement'),
        guidance: prose('guidance'),
      })
      for (const child of control.controls ?? []) visit(child, control.id)
    }
    for (const control of group.controls) visit(control, null)
  }
  entries.sort((a, b) => (a.controlId < b.controlId ? -1 : a.controlId > b.controlId ? 1 : 0))
  return {
    catalog: CATALOG_ID,
    name: 'NIST SP 800-53 Rev. 5',
    version: catalog.metadata.version,
    derivedBy: 'scripts/derive-catalogs.ts',
    sources,
    families,
    requirements: entries,
  }
}

/** Prose of a part and its items, parameters written as NIST prints them ("[Assignment: …]"). */
function flattenProse(part: OscalPart, params: Map<string, string>): string {
  const label = part.props?.find((p) => p.name === 'label')?.value
  const own = (part.prose ?? '').replace(
    /\{\{\s*insert:\s*param,\s*([^\s}]+)\s*\}\}/g,
    (_, id: string) => params.get(id) ?? '[Assignment]',
  )
  const text = [label, own].filter((s) => s !== undefined && s !== '').join(' ')
  return [text, ...(part.parts ?? []).map((p) => flattenProse(p, params))].join(' ')
}

function paramText(param: OscalParam): string {
  if (param.select) return `[Selection: ${param.select.choice.join('; ')}]`
  return `[Assignment: ${param.label ?? 'organization-defined value'}]`
}

/** A.5.2 before A.5.10; clauses (4.1) before Annex A. */
function compareIso(a: string, b: string): number {
  const key = (s: string) => s.split('.').map((p) => (/^\d+$/.test(p) ? p.padStart(3, '0') : p))
  const [x, y] = [key(a).join('.'), key(b).join('.')]
  return x < y ? -1 : x > y ? 1 : 0
}

/** The shipped file's text: one requirement per line keeps diffs of a re-derivation readable. */
export function serializeCatalog(file: CatalogFile): string {
  const { requirements, ...head } = file
  const header = JSON.stringify(head, null, 2).replace(/\n}$/, '')
  return `${header},\n  "requirements": [\n${requirements.map((r) => `    ${JSON.stringify(r)}`).join(',\n')}\n  ]\n}\n`
}

const here = fileURLToPath(new URL('.', import.meta.url))
export const SHIPPED_CATALOG = resolve(here, '..', 'content', 'catalogs', `${CATALOG_ID}.json`)
export const DEFAULT_SHARED_CATALOGS = resolve(here, '..', '..', 'shared', 'catalogs')

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = resolve(process.argv[2] ?? DEFAULT_SHARED_CATALOGS)
  const file = deriveCatalogs(dir)
  writeFileSync(SHIPPED_CATALOG, serializeCatalog(file))
  console.log(`${SHIPPED_CATALOG}: ${file.requirements.length} requirements from ${dir}`)
}
