import { slugify } from '../../model/slugify.ts'
import type { ServiceSettings } from './read-service-settings.ts'

/** Name, provider and id of a service: service.yml wins, else derived from the root page title. */
export function deriveService(
  rootTitle: string,
  settings: ServiceSettings,
  dir: string,
  idOverride: string | undefined,
): { id: string; name: string; provider: string } {
  const name =
    settings.name ?? (rootTitle.replace(/^Security\s+(?:in|of)\s+/i, '').trim() || rootTitle)
  const first = name.split(/\s+/)[0] ?? ''
  const provider = settings.provider ?? (first === 'AWS' || first === 'Amazon' ? 'AWS' : 'unknown')
  const derived =
    slugify(name).replace(/^(?:aws|amazon)-/, '') || slugify(dir === '.' ? '' : dir) || 'service'
  const id = (idOverride !== undefined ? slugify(idOverride) : '') || settings.id || derived
  return { id, name, provider }
}
