import { parseArgs } from 'node:util'
import type { BuildOptions } from '../compile/index.ts'
import { toBuildOptions } from '../compile/index.ts'
import { checkServiceSlug, CONTENT_BUILD_OPTIONS, SERVICE_OPTION } from './graph-source.ts'

/** Options shared by `secgraph build` and `secgraph validate`, parsed strictly. */
export interface BuildArgs {
  build: BuildOptions
  out: string
  strict: boolean
}

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
      ...CONTENT_BUILD_OPTIONS,
      ...SERVICE_OPTION,
      ...(extra.out ? { out: { type: 'string' as const } } : {}),
      ...(extra.strict ? { strict: { type: 'boolean' as const } } : {}),
    },
  })
  const badService = checkServiceSlug(values.service)
  if (badService !== null) throw new Error(badService)
  for (const key of ['content', 'root', 'out'] as const) {
    const value = (values as Record<string, unknown>)[key]
    if (value === '') throw new Error(`--${key} needs a non-empty value`)
  }
  const build = toBuildOptions({
    content: values.content,
    root: values.root,
    service: values.service,
    allPages: values['all-pages'],
  })
  const record = values as Record<string, unknown>
  return {
    build,
    out: typeof record.out === 'string' ? record.out : DEFAULT_OUT,
    strict: record.strict === true,
  }
}
