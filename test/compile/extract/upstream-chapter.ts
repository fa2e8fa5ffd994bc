import type { Service } from '../../../src/model/service.ts'

/** Pages of the upstream "Security in AWS CloudHSM" chapter, root page first (read by path). */
export const CHAPTER_PAGES: readonly string[] = [
  'security.md',
  'data-protection.md',
  'identity-access-management.md',
  'fips-validation.md',
  'disaster-recovery-resiliency.md',
  'infrastructure-security.md',
  'cloudhsm-vpc-endpoint.md',
  'update-management.md',
]

/** The service those pages are extracted for. */
export const CHAPTER_SERVICE: Service = {
  id: 'cloudhsm',
  name: 'AWS CloudHSM',
  provider: 'AWS',
  rootTopic: 'cloudhsm.security',
  dir: '.',
}
