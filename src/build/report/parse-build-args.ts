import { parseArgs } from 'node:util'
import { slugify } from '../../model/slugify.ts'
import type { BuildOptions } from '../build-graph.ts'

/** Options shared by `secgraph build` and `secgraph validate`, parsed strictly. */
export interface BuildArgs {
  build: BuildOptions
  out: string
  strict: boolean
}

export const DEFAULT_CONTENT = 'content'
export const DEFAULT_OUT = '.secgraph/graph.json'

/** Parses the build/validate options; throws an Error with a one-line message on bad usage. */
export function parseBuildArgs(
  argv: string[],
  extra: { out: boolean; strict: boolean },
): BuildArgs {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      content: { type: 'string' },
      root: { type: 'string' },
      service: { type: 'string' },
      'all-pages': { type: 'boolean' },
      ...(extra.out ? { out: { type: 'string' as const } } : {}),
      ...(extra.strict ? { strict: { type: 'boolean' as const } } : {}),
    },
  })
  const service = values.service
  if (service !== undefined && slugify(service) !== service) {
    throw new Error(
      `--service must be a lower-case slug (letters, digits, hyphens), got '${service}'`,
    )
  }
  for (const key of ['content', 'root', 'out'] as const) {
    const value = (values as Record<string, unknown>)[key]
    if (value === '') throw new Error(`--${key} needs a non-empty value`)
  }
  const build: BuildOptions = { content: values.content ?? DEFAULT_CONTENT }
  if (values.root !== undefined) build.root = values.root
  if (service !== undefined) build.service = service
  if (values['all-pages'] === true) build.allPages = true
  const record = values as Record<string, unknown>
  return {
    build,
    out: typeof record.out === 'string' ? record.out : DEFAULT_OUT,
    strict: record.strict === true,
  }
}
