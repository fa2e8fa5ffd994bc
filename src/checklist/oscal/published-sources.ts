/**
 * Canonical URLs of the published OSCAL files a component definition can implement: NIST's
 * SP 800-53 Rev. 5 catalog and baseline profiles (usnistgov/oscal-content) and FedRAMP's Rev. 5
 * baseline profiles (GSA/fedramp-automation). Keyed by catalog id or baseline program id.
 */
const NIST =
  'https://raw.githubusercontent.com/usnistgov/oscal-content/main/nist.gov/SP800-53/rev5/json'
const FEDRAMP =
  'https://raw.githubusercontent.com/GSA/fedramp-automation/master/dist/content/rev5/baselines/json'

export const PUBLISHED_SOURCES: Readonly<Record<string, string>> = {
  'nist-800-53-r5': `${NIST}/NIST_SP-800-53_rev5_catalog.json`,
  'nist-low': `${NIST}/NIST_SP-800-53_rev5_LOW-baseline_profile.json`,
  'nist-moderate': `${NIST}/NIST_SP-800-53_rev5_MODERATE-baseline_profile.json`,
  'nist-high': `${NIST}/NIST_SP-800-53_rev5_HIGH-baseline_profile.json`,
  'nist-privacy': `${NIST}/NIST_SP-800-53_rev5_PRIVACY-baseline_profile.json`,
  'fedramp-low': `${FEDRAMP}/FedRAMP_rev5_LOW-baseline_profile.json`,
  'fedramp-moderate': `${FEDRAMP}/FedRAMP_rev5_MODERATE-baseline_profile.json`,
  'fedramp-high': `${FEDRAMP}/FedRAMP_rev5_HIGH-baseline_profile.json`,
  'fedramp-li-saas': `${FEDRAMP}/FedRAMP_rev5_LI-SaaS-baseline_profile.json`,
}
