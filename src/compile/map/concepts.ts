import type { Relation } from '../../model/requirement.ts'
import { synonymPattern as S } from '../../model/synonyms.ts'

/** One catalog requirement a concept leads to. */
export interface ConceptTarget {
  /** NIST SP 800-53 Rev. 5 id as in the OSCAL catalog: `sc-28`, `ia-2.1`. */
  id: string
  relation: Relation
}

/**
 * A security concept: the words that name it in documentation prose, and the catalog requirements
 * it meets, most specific and most direct first.
 */
export interface Concept {
  /** Permanent kebab-case name, shown in rationales. */
  name: string
  /** Any match names the concept; the matched words are quoted in the rationale. */
  patterns: readonly RegExp[]
  /** When one of these matches too, the concept does not apply. */
  unless?: readonly RegExp[]
  /**
   * The words name a risk (public access, plaintext secrets, privileged mode), not a safeguard:
   * a negation of them protects ("must not be public") instead of denying the safeguard.
   */
  risk?: true
  /** More specific concepts: when one of them is named, this broader one stands down. */
  yieldsTo?: readonly string[]
  /**
   * How much naming the concept says about the statement: 3 for a specific safeguard (MFA,
   * encryption at rest), 2 for a usual one, 1 for a broad word (policy, configuration).
   */
  weight: number
  requirements: readonly ConceptTarget[]
  /** Sentences in our own words, in the manner of security documentation, that name it. */
  examples: readonly string[]
}

const i = (id: string): ConceptTarget => ({ id, relation: 'implements' })
const s = (id: string): ConceptTarget => ({ id, relation: 'supports' })
const e = (id: string): ConceptTarget => ({ id, relation: 'evidence' })

// Word lists, one per idea, shared by the patterns below.
const ENCRYPT = String.raw`(?:encrypt\w*|decrypt\w*|cipher\w*|cryptograph\w*)`
const KEY = String.raw`(?:(?:encryption|data|crypto(?:graphic)?|master|signing|private|symmetric|asymmetric|wrapping|customer[- ]managed|${S('key-management-service')}|root) keys?|key material|key pairs?|keys?\b[^.;]{0,40}\b${S('hardware-security-module')}\b|keys? (?:in|on|inside|within) (?:the |an? |your )?cluster|cmks?)`
const SECRET = String.raw`(?:secrets?|credentials?|passwords?|access keys?|api keys?|tokens?|authenticators?)`
const PRIVILEGED = String.raw`(?:privileged|administrat\w+|admin|root (?:user|account)|superuser|crypto(?:graphic)? officers?|co users?|elevated)`
const PUBLIC = String.raw`(?:public(?:ly)?|anonymous(?:ly)?|internet[- ]facing|open to the (?:internet|world)|0\.0\.0\.0/0|::/0|everyone)`
const LOGS = String.raw`(?:log(?:s|ging|ged)?|audit (?:trail|log|record)s?|cloudtrail|trails?)`
const MFA = S('multi-factor-authentication')
const MULTI_ZONE = String.raw`(?:multiple|more than one|two or more|several|different|separate|across|multi-?)\s*(?:(?:two|three|\d+|all|several|multiple|different) )?(?:availability zones?|azs?|regions?|data centers?|zones?|az)`

const re = (source: string): RegExp => new RegExp(source, 'i')

/**
 * THE concept table. Order does not matter: every concept whose pattern matches contributes its
 * requirements, weighted; the mapper ranks the sum. Requirements are listed most specific first
 * (an enhancement before its base control when the words are that specific).
 */
export const CONCEPTS = [
  {
    name: 'encryption-at-rest',
    patterns: [
      re(
        String.raw`\b${ENCRYPT}\b[^.;]{0,80}\b(?:at[- ]rest|stored|storage|on disk|disks?|volumes?|snapshots?|buckets?|databases?|tables?|backups?|caches?|files?|queues?|streams?|repositor(?:y|ies)|clusters?)\b`,
      ),
      re(
        String.raw`\b(?:at[- ]rest|stored data|data (?:that is )?stored|storage|disks?|volumes?|snapshots?|buckets?|databases?|backups?|caches?|queues?|streams?|logs?|objects?|files?|tables?|records|artifacts?|repositor(?:y|ies)|secrets?|parameters?|topics?|indexes|domains?|clusters?)\b[^.;]{0,80}\b(?:encrypted|encryption|encrypts?)\b`,
      ),
      re(String.raw`\b${S('server-side-encryption')}\b|\bdefault encryption\b`),
    ],
    unless: [re(String.raw`\bin[- ]transit\b|\b${S('transport-layer-security')}\b`)],
    weight: 3,
    requirements: [i('sc-28.1'), i('sc-28'), s('sc-13'), s('si-7.6')],
    examples: [
      'Every volume attached to the instance is encrypted at rest with a key you choose.',
      'Turn on server-side encryption for each bucket that holds customer records.',
    ],
  },
  {
    name: 'encryption',
    yieldsTo: ['encryption-at-rest', 'encryption-in-transit', 'backup-protection'],
    patterns: [re(String.raw`\b${ENCRYPT}\b`)],
    weight: 1,
    requirements: [i('sc-13'), s('sc-28'), s('sc-8')],
    examples: ['The service encrypts the messages it hands to consumers.'],
  },
  {
    name: 'encryption-in-transit',
    patterns: [
      re(
        String.raw`\bin[- ]transit\b|\bover the (?:wire|network)\b|\bin flight\b|\bnode-to-node\b`,
      ),
      re(
        String.raw`\b${ENCRYPT}\b[^.;]{0,30}\b(?:traffic|connections?|communications?|messages? between|between (?:the )?(?:nodes|hosts|clients|services))\b`,
      ),
      re(
        String.raw`\b(?:${S('transport-layer-security')}|IPsec|secure (?:channel|transport|connection)s?|end-to-end encrypt\w*)\b`,
      ),
      re(
        String.raw`\b(?:unencrypted|insecure|plain-?text|clear-?text) (?:protocols?|connections?|channels?|traffic)\b|\bFTP\b|\btelnet\b`,
      ),
    ],
    weight: 3,
    requirements: [i('sc-8.1'), i('sc-8'), s('sc-13'), s('sc-23')],
    examples: [
      'Clients must connect over TLS 1.2 or later.',
      'Data moving between the nodes is encrypted in transit.',
    ],
  },
  {
    name: 'certificates',
    yieldsTo: ['fips-validated-cryptography'],
    patterns: [
      re(
        String.raw`\b(?:certificates?|${S('public-key-infrastructure')}|certificate authorit(?:y|ies)|X\.509)\b`,
      ),
    ],
    weight: 2,
    requirements: [i('sc-17'), s('ia-5.2'), s('sc-12')],
    examples: ['Issue each server a certificate signed by your private certificate authority.'],
  },
  {
    name: 'key-management',
    patterns: [
      re(String.raw`\b${KEY}\b`),
      re(
        String.raw`\bkey (?:lifecycle|storage|custody|usage|hierarchy|handles?)\b|\b${S('key-management-service')}\b`,
      ),
    ],
    weight: 2,
    requirements: [i('sc-12'), s('sc-13'), s('sc-28')],
    examples: ['You create and manage the signing keys yourself.'],
  },
  {
    name: 'key-generation',
    patterns: [
      re(
        String.raw`\b(?:generat\w+|creat\w+|deriv\w+)\b[^.;]{0,40}\b(?:keys?|key pairs?|key material)\b`,
      ),
      re(String.raw`\b(?:random number generat\w+|RNG|entropy)\b`),
    ],
    weight: 2,
    requirements: [i('sc-12'), s('sc-13')],
    examples: ['The appliance generates key pairs from a hardware random number generator.'],
  },
  {
    name: 'key-rotation',
    patterns: [
      re(
        String.raw`\b(?:rotat\w+|renew\w*|roll over)\b[^.;]{0,40}\bkeys?\b|\bkeys?\b[^.;]{0,40}\brotat\w+|\bkey rotation\b`,
      ),
    ],
    // Access and API keys are credentials (credential-management), not cryptographic keys.
    unless: [re(String.raw`\b(?:access|API|SSH) keys?\b`)],
    weight: 3,
    requirements: [i('sc-12'), s('sc-12.2'), s('sc-13')],
    examples: ['Turn on automatic rotation of the data key every year.'],
  },
  {
    name: 'key-custody',
    risk: true,
    patterns: [
      re(
        String.raw`\b(?:you|customers?) (?:alone |exclusively |solely )?(?:control|own|hold|manage)s? (?:your |their |the )?(?:own )?(?:keys|key material|${S('hardware-security-module')})\b`,
      ),
      re(
        String.raw`\b(?:no|cannot|does not|never)\b[^.;]{0,60}\b(?:access|see|view|export|recover)\b[^.;]{0,30}\b(?:your |the )?(?:keys|key material)\b`,
      ),
      re(
        String.raw`\bsingle[- ]tenant\b[^.;]{0,40}\b(?:${S('hardware-security-module')}|hardware)\b`,
      ),
    ],
    weight: 3,
    requirements: [i('sc-12.6'), i('sc-12')],
    examples: ['You alone control your keys; the provider has no way to read them.'],
  },
  {
    name: 'key-destruction',
    patterns: [
      re(
        String.raw`\b(?:delet\w+|destroy\w*|destruction|zeroiz\w+|zeroes|purg\w+|schedul\w+ (?:the )?deletion)\b[^.;]{0,40}\b(?:keys?|key material)\b|\bkeys?\b[^.;]{0,40}\b(?:delet\w+|destr\w+|zeroiz\w+)`,
      ),
    ],
    weight: 3,
    requirements: [i('sc-12'), s('mp-6')],
    examples: ['A deleted key cannot be recovered once its waiting period ends.'],
  },
  {
    name: 'fips-validated-cryptography',
    patterns: [
      re(
        String.raw`\bFIPS[- ]?140(?:-[23])?\b|\bFIPS[- ](?:validated|approved|compliant|endpoints?)\b|\bCMVP\b|\bcryptographic module validation\b`,
      ),
      re(String.raw`\b(?:validated|approved) (?:cryptographic )?(?:modules?|algorithms?)\b`),
    ],
    weight: 3,
    requirements: [e('sc-13'), s('sc-12')],
    examples: ['The hardware modules are validated under FIPS 140-3 at Level 3.'],
  },
  {
    name: 'hardware-security-module',
    patterns: [
      re(
        String.raw`\b(?:${S('hardware-security-module')}|tamper[- ](?:resistant|evident|responsive) hardware)\b`,
      ),
    ],
    weight: 1,
    requirements: [i('sc-12'), s('sc-13')],
    examples: ['Each cluster holds one or more HSMs in your network.'],
  },
  {
    name: 'multi-factor-authentication-privileged',
    patterns: [
      re(
        String.raw`\b(?:${MFA}|one-time (?:password|code)s?|hardware tokens?)\b[^.]{0,80}\b${PRIVILEGED}`,
      ),
      re(String.raw`\b${PRIVILEGED}\b[^.]{0,80}\b${MFA}\b`),
    ],
    weight: 4,
    requirements: [i('ia-2.1'), s('ia-2'), s('ac-6.5')],
    examples: ['Require multi-factor authentication for every crypto officer and administrator.'],
  },
  {
    name: 'multi-factor-authentication',
    yieldsTo: ['multi-factor-authentication-privileged'],
    patterns: [
      re(
        String.raw`\b(?:${MFA}|one-time (?:password|code)s?|hardware tokens?|authenticator app)\b`,
      ),
    ],
    weight: 3,
    requirements: [i('ia-2.1'), i('ia-2.2'), s('ia-2')],
    examples: ['Turn on MFA so that a stolen password alone cannot sign in.'],
  },
  {
    name: 'authentication',
    yieldsTo: [
      'multi-factor-authentication',
      'multi-factor-authentication-privileged',
      'unsuccessful-logons',
    ],
    patterns: [
      re(
        String.raw`\b(?:authenticat\w+|sign[- ]?in|log[- ]?in|logon|signs? in|logs? in|identity provider|${S('single-sign-on')}|SAML|OIDC|OpenID|federat\w+|IAM authentication|auth(?: tokens?)?)\b`,
      ),
    ],
    weight: 2,
    requirements: [i('ia-2'), s('ia-5'), s('ac-3')],
    examples: [
      'Users authenticate with their corporate identity provider before they reach the console.',
    ],
  },
  {
    name: 'password-policy',
    patterns: [
      re(
        String.raw`\bpasswords?\b[^.;]{0,60}\b(?:length|complex\w*|strong|policy|policies|characters|expir\w+|reuse|history)\b|\b(?:strong|complex|minimum length)\b[^.;]{0,30}\bpasswords?\b`,
      ),
    ],
    weight: 3,
    requirements: [i('ia-5.1'), s('ia-5')],
    examples: ['Set a password policy that demands at least fourteen characters.'],
  },
  {
    name: 'credential-management',
    yieldsTo: ['embedded-credentials', 'password-policy'],
    patterns: [
      re(
        String.raw`\b(?:rotat\w+|chang\w+|renew\w*|revok\w+|expir\w+|protect\w*|stor\w+|manag\w+|safeguard\w*)\b[^.;]{0,40}\b${SECRET}\b`,
      ),
      re(String.raw`\b${SECRET}\b[^.;]{0,40}\b(?:rotat\w+|renew\w*|revok\w+|expire\w*|changed)\b`),
      re(String.raw`\bsecrets? manager\b|\bcredential (?:management|rotation)\b`),
    ],
    weight: 3,
    requirements: [i('ia-5'), s('ia-5.1'), s('ac-2')],
    examples: ['Rotate the database credentials every ninety days.'],
  },
  {
    name: 'embedded-credentials',
    risk: true,
    patterns: [
      re(
        String.raw`\b(?:hard[- ]?coded|embedded|clear[- ]?text|plain[- ]?text|unencrypted)\b[^.;]{0,40}\b${SECRET}\b`,
      ),
      re(
        String.raw`\b${SECRET}\b[^.;]{0,60}\b(?:in (?:the )?(?:source )?code|in (?:plain|clear)[- ]?text|environment variables?)\b`,
      ),
    ],
    weight: 4,
    requirements: [i('ia-5.7'), s('ia-5'), s('ia-5.6')],
    examples: ['Do not put passwords in plain text inside the job definition.'],
  },
  {
    name: 'account-management',
    patterns: [
      re(
        String.raw`\b(?:user|service|machine|guest|shared|temporary) accounts?\b|\b(?:IAM )?(?:users|roles)\b|\b(?:IAM|user) groups\b|\baccount (?:management|lifecycle)\b`,
      ),
      re(
        String.raw`\b(?:creat\w+|add\w*|remov\w+|delet\w+|disabl\w+|deactivat\w+|lock\w*)\b[^.;]{0,30}\b(?:users?|accounts?|roles?)\b`,
      ),
    ],
    weight: 2,
    requirements: [i('ac-2'), s('ac-3'), s('ia-4')],
    examples: ['Create a separate user for each person who manages the cluster.'],
  },
  {
    name: 'unused-accounts-and-credentials',
    risk: true,
    patterns: [
      re(
        String.raw`\b(?:unused|inactive|stale|dormant|idle)\b[^.;]{0,30}\b(?:accounts?|users?|${SECRET}|roles?)\b`,
      ),
      re(
        String.raw`\b(?:accounts?|users?|${SECRET}|roles?)\b[^.;]{0,40}\b(?:unused|inactive|dormant|not (?:been )?used)\b`,
      ),
    ],
    unless: [
      re(String.raw`\b(?:security groups?|network acls?|addresses|eips?|instances|volumes)\b`),
    ],
    weight: 3,
    requirements: [i('ac-2.3'), i('ac-2'), s('ia-5')],
    examples: ['Disable accounts that have been inactive for ninety days.'],
  },
  {
    name: 'least-privilege',
    patterns: [
      re(
        String.raw`\bleast[- ]privilege\b|\b(?:minimum|minimal|only the|fewest|just enough|narrow\w*|scoped?(?: down)?)\b[^.;]{0,20}\b(?:permissions?|privileges?|access)\b`,
      ),
      re(
        String.raw`\b(?:grant|give|allow)\w*\b[^.;]{0,30}\bonly\b[^.;]{0,30}\b(?:permissions?|access|actions?)\b|\bread-only\b`,
      ),
      // Grants broader than any job needs: the risk least privilege removes.
      re(
        String.raw`\b(?:full|wildcard|excessive|overly (?:broad|permissive))\b[^.;]{0,20}\b(?:privileges?|permissions?|actions?)\b|\bfull (?:administrative |admin )?access\b|\b(?:actions?|permissions?|privileges?)\b[^.;]{0,20}\bon (?:all|every|any) (?:\w+ )?(?:resources?|keys?|buckets?|objects?|tables?|queues?|topics?)\b`,
      ),
    ],
    weight: 3,
    requirements: [i('ac-6'), s('ac-3'), s('ac-2')],
    examples: [
      'Grant each role only the permissions its job requires.',
      'Replace policies that allow every action on all resources with ones scoped to the task.',
    ],
  },
  {
    name: 'privileged-accounts',
    risk: true,
    yieldsTo: ['multi-factor-authentication-privileged'],
    patterns: [
      re(
        String.raw`\b${PRIVILEGED}\b[^.;]{0,20}\b(?:accounts?|users?|access|roles?|credentials?|functions?|mode|permissions?|privileges?|rights)\b`,
      ),
      re(String.raw`\broot (?:users?|accounts?|access|privileges?|permissions?)\b|\bsuperusers?\b`),
      re(
        String.raw`\b(?:run|runs|running|execut\w+)\b[^.;]{0,20}\bas (?:root|privileged|non-?root|an? (?:non-?)?privileged)\b|\bnon-?privileged\b|\bprivileged\b`,
      ),
    ],
    weight: 3,
    requirements: [i('ac-6.5'), s('ac-6'), s('ac-2.7')],
    examples: ['Keep the root user for the few tasks that need it and lock its credentials away.'],
  },
  {
    name: 'separation-of-duties',
    patterns: [
      re(
        String.raw`\b(?:separation|segregation|division) of (?:duties|roles|responsibilities)\b|\bseparate (?:the )?(?:duties|roles)\b`,
      ),
      re(
        String.raw`\b(?:quorum|two-person|dual (?:control|authori[sz]ation)|M of N|m-of-n|multiple approvers?)\b`,
      ),
      re(
        String.raw`\b(?:split|divid|separat)\w*\b[^.;]{0,60}\bbetween (?:two|different|separate) (?:people|persons|individuals|administrators|officers|roles|teams)\b`,
      ),
    ],
    weight: 4,
    requirements: [i('ac-5'), s('ac-3.2'), s('ac-6')],
    examples: ['Require a quorum of two officers to approve any change to user roles.'],
  },
  {
    name: 'dual-authorization',
    patterns: [
      re(String.raw`\b(?:quorum|two-person|dual (?:control|authori[sz]ation)|M of N|m-of-n)\b`),
    ],
    weight: 3,
    requirements: [i('ac-3.2'), s('ac-5')],
    examples: ['Sensitive operations need quorum approval before the appliance runs them.'],
  },
  {
    name: 'access-policy',
    patterns: [
      re(
        String.raw`\b(?:(?:IAM|access|resource|resource-based|identity-based|bucket|key|endpoint|function|queue|topic|permission|trust|service control) polic(?:y|ies)|permissions?|authoriz\w+|(?<!network |web )(?:access control(?: lists?)?|ACLs?)|deny|denies|allow(?:ed|s)? access|grant\w* access)\b`,
      ),
    ],
    yieldsTo: ['web-application-firewall', 'ports-and-protocols'],
    weight: 2,
    requirements: [i('ac-3'), s('ac-6'), s('ac-2')],
    examples: ['Use a key policy to decide which principals may call the decrypt operation.'],
  },
  {
    name: 'role-based-access',
    patterns: [
      re(
        String.raw`\b${S('role-based-access-control')}\b|\brole-based\b|\b(?:assum\w+|assign\w*) (?:an? |the )?(?:IAM )?roles?\b`,
      ),
    ],
    weight: 2,
    requirements: [i('ac-3.7'), s('ac-3'), s('ac-2')],
    examples: ['Applications assume a role instead of carrying long-term keys.'],
  },
  {
    name: 'attribute-based-access',
    patterns: [
      re(
        String.raw`\b${S('attribute-based-access-control')}\b|\battribute-based\b|\btag-based (?:access|authori[sz]ation)\b|\b(?:condition keys?|conditions? in (?:the |a )?polic(?:y|ies))\b|\b(?:principal|resource|session|request) tags?\b`,
      ),
    ],
    weight: 2,
    requirements: [i('ac-3.13'), s('ac-3')],
    examples: [
      'Write conditions on principal tags so access follows the project a person works on.',
    ],
  },
  {
    name: 'public-access',
    risk: true,
    patterns: [
      re(
        String.raw`\b${PUBLIC}\b[^.;]{0,40}\b(?:access\w*|read|write|reachable|exposed|available|restor\w+|shar\w+|visible)\b`,
      ),
      re(
        String.raw`\b(?:block|prohibit|prevent|restrict|deny)\w*\b[^.;]{0,20}\bpublic\b|\bpublic access\b|\b(?:private|not (?:be )?public(?:ly accessible)?)\b`,
      ),
      re(
        String.raw`\bshar\w+\b[^.;]{0,30}\b(?:with )?(?:other|external|third-party|cross-) ?accounts?\b`,
      ),
    ],
    weight: 3,
    requirements: [i('ac-3'), s('ac-21'), s('sc-7'), s('ac-4')],
    examples: ['Keep snapshots private so that no other account can restore them.'],
  },
  {
    name: 'public-network-exposure',
    risk: true,
    patterns: [
      re(
        String.raw`\bpublic (?:IP(?:v4|v6)?(?: address(?:es)?)?|subnets?|endpoints?|internet)\b|\binternet gateway\b|\b(?:reachable|accessible) from the internet\b|\b(?:direct |inbound |unrestricted )?internet access\b`,
      ),
    ],
    weight: 3,
    requirements: [i('sc-7'), s('ac-4'), s('ac-3')],
    examples: ['Instances in this subnet never receive a public IP address.'],
  },
  {
    name: 'boundary-protection',
    patterns: [
      re(
        String.raw`\b(?:${S('virtual-private-cloud')}|subnets?|security groups?|network ACLs?|NACLs?|firewalls?|network segmentation|segment\w*|perimeter|DMZ|bastion|NAT gateway|transit gateway|peering|network interfaces?|ENIs?)\b`,
      ),
      re(
        String.raw`\b(?:ingress|egress|inbound|outbound)\b|\b(?:network|incoming|outgoing) traffic\b`,
      ),
    ],
    weight: 2,
    requirements: [i('sc-7'), s('ac-4'), s('sc-7.5'), s('ac-3')],
    examples: ['Place the database in a private subnet behind a security group.'],
  },
  {
    name: 'private-connectivity',
    patterns: [
      re(
        String.raw`\b(?:${S('virtual-private-cloud')}|interface|gateway) endpoints?\b|\bPrivateLink\b|\bprivate (?:connectivity|connections?|network|link|endpoints?)\b`,
      ),
      re(
        String.raw`\b(?:without|never|not|no)\b[^.;]{0,30}\b(?:travers\w+|cross\w*|go(?:es|ing)? (?:over|through|out to)|leav\w+|expos\w+)\b[^.;]{0,20}\b(?:the )?(?:public )?internet\b`,
      ),
    ],
    weight: 3,
    requirements: [i('sc-7'), s('ac-4'), s('sc-7.4')],
    examples: [
      'Reach the service through an interface endpoint so that traffic stays off the internet.',
    ],
  },
  {
    name: 'endpoint-policy',
    patterns: [re(String.raw`\bendpoint polic(?:y|ies)\b`)],
    weight: 3,
    requirements: [i('ac-3'), i('sc-7')],
    examples: ['Attach an endpoint policy that lets only your own principals through.'],
  },
  {
    name: 'ports-and-protocols',
    risk: true,
    patterns: [
      re(
        String.raw`\bports?\b[^.;]{0,40}\b(?:open|closed|unrestricted|restrict\w*|allow\w*|block\w*|expos\w+|default|only)\b|\b(?:open|unrestricted|unused|default|high-risk) ports?\b`,
      ),
      re(
        String.raw`\b(?:clos\w+|open\w*|restrict\w*|limit\w*|block\w*|disabl\w+)\b[^.;]{0,20}\bports?\b`,
      ),
      re(
        String.raw`\b(?:port|tcp|udp) \d{2,5}\b|\b(?:SSH|RDP|telnet|FTP)\b[^.;]{0,30}\b(?:access|open|allow\w*|ingress)\b`,
      ),
    ],
    weight: 3,
    requirements: [i('cm-7'), s('sc-7'), s('ac-4')],
    examples: ['Close every port the workload does not use.'],
  },
  {
    name: 'information-flow',
    patterns: [
      re(
        String.raw`\b(?:traffic|data|information) flows?\b|\brout(?:e|es|ing) (?:traffic|requests)\b|\bflow (?:control|enforcement)\b|\bcross-domain\b`,
      ),
    ],
    weight: 2,
    requirements: [i('ac-4'), s('sc-7')],
    examples: ['Route traffic between the two networks through an inspection appliance.'],
  },
  {
    name: 'web-application-firewall',
    patterns: [
      re(
        String.raw`\b(?:${S('web-application-firewall')}|web ACLs?|rule groups?|managed rules?)\b`,
      ),
    ],
    weight: 3,
    requirements: [i('sc-7'), s('ac-4'), s('si-4')],
    examples: ['Put a web application firewall in front of the public API.'],
  },
  {
    name: 'denial-of-service',
    patterns: [
      re(
        String.raw`\b(?:${S('denial-of-service')}|throttl\w+|rate[- ]limit\w*|request quotas?|flood\w*)\b`,
      ),
    ],
    weight: 3,
    requirements: [i('sc-5'), s('sc-7')],
    examples: ['Requests above the limit are throttled to protect the fleet.'],
  },
  {
    name: 'logging',
    // "Logs are encrypted": the logs are the object of the protection, not a duty to record.
    yieldsTo: ['log-integrity'],
    patterns: [
      re(
        String.raw`\b(?:log(?:s|ging|ged)?|audit (?:trail|log|record|event)s?|CloudTrail|trails?|access logs?|flow logs?|event history)\b`,
      ),
    ],
    unless: [re(String.raw`\blog (?:in|on|out)\b|\blogs? in\b|\blogin\b`)],
    weight: 3,
    requirements: [i('au-2'), i('au-12'), s('au-3'), s('au-6')],
    examples: ['Every API call to the service is recorded in the audit trail.'],
  },
  {
    name: 'log-integrity',
    patterns: [
      re(
        String.raw`\b${LOGS}\b[^.;]{0,40}\b(?:integrity|validat\w+|tamper\w*|digest|immutable|signed|modif\w+|alter\w+|protected?|encrypt\w*)\b`,
      ),
      re(
        String.raw`\b(?:integrity|validat\w+|tamper\w*|immutable|protect\w*|encrypt\w*)\b[^.;]{0,40}\b${LOGS}\b`,
      ),
    ],
    weight: 3,
    requirements: [i('au-9'), s('au-9.3'), s('si-7')],
    examples: ['Turn on log file validation so that any edit to a delivered log is detected.'],
  },
  {
    name: 'log-retention',
    patterns: [
      re(
        String.raw`\b${LOGS}\b[^.;]{0,40}\b(?:retain\w*|retention|kept for|archiv\w+)\b|\b(?:retain\w*|retention)\b[^.;]{0,40}\b${LOGS}\b`,
      ),
      re(
        String.raw`\b${LOGS}\b[^.;]{0,30}\bfor (?:at least |up to |a minimum of )?(?:\d+|one|two|three|six|seven|ten|ninety) (?:days?|weeks?|months?|years?)\b`,
      ),
    ],
    weight: 3,
    requirements: [i('au-11'), s('au-9'), s('si-12')],
    examples: ['Keep audit logs for at least one year.'],
  },
  {
    name: 'log-review',
    patterns: [
      re(
        String.raw`\b(?:review\w*|analy[sz]\w*|inspect\w*|search\w*|query\w*|correlat\w+|send\w*|deliver\w*|stream\w*|forward\w*|integrat\w+|centrali[sz]\w+)\b[^.;]{0,40}\b${LOGS}\b`,
      ),
      re(
        String.raw`\b${LOGS}\b[^.;]{0,40}\b(?:review\w*|analy[sz]\w*|CloudWatch|SIEM|delivered|sent)\b`,
      ),
    ],
    weight: 2,
    requirements: [i('au-6'), s('au-6.4'), s('si-4')],
    examples: ['Send the logs to a central account where the security team reviews them.'],
  },
  {
    name: 'monitoring',
    patterns: [
      re(
        String.raw`\b(?:monitor\w*|observab\w+|metrics?|dashboards?|tracing|traces?|X-Ray|health (?:checks?|reporting|status)|insights?|telemetry|CloudWatch)\b`,
      ),
    ],
    weight: 2,
    // Watching a system's state and health is continuous monitoring (CA-7); watching for attacks
    // is SI-4, which threat-detection carries.
    requirements: [i('ca-7'), s('si-4'), s('au-6')],
    examples: ['Monitor the cluster metrics and watch for sudden changes.'],
  },
  {
    name: 'alerting',
    patterns: [re(String.raw`\b(?:alerts?|alarms?|paged?)\b`)],
    weight: 2,
    requirements: [i('si-4.5'), s('si-4'), s('ca-7')],
    examples: ['Set an alarm that pages the on-call engineer when a key is disabled.'],
  },
  {
    name: 'event-notifications',
    patterns: [
      re(
        String.raw`\b(?:notif\w+|notify\w*|SNS|event (?:subscriptions?|notifications?|bus|rules?)|EventBridge|webhooks?)\b`,
      ),
    ],
    weight: 2,
    requirements: [i('ca-7'), s('si-4.5'), s('si-4')],
    examples: ['Subscribe to the notifications the service sends when a cluster event occurs.'],
  },
  {
    name: 'threat-detection',
    patterns: [
      re(
        String.raw`\b(?:threat detection|detect\w*\b[^.;]{0,30}\b(?:threats?|anomal\w+|malicious|suspicious|intrusions?|unauthori[sz]ed)|intrusion (?:detection|prevention)|IDS|IPS|GuardDuty|anomal\w+|suspicious activity)\b`,
      ),
    ],
    weight: 3,
    requirements: [i('si-4'), s('si-3'), s('ra-5')],
    examples: ['The detector flags suspicious activity such as calls from unusual locations.'],
  },
  {
    name: 'malicious-code',
    patterns: [
      re(
        String.raw`\b(?:malware|malicious code|viruses|virus|anti-?virus|ransomware|trojans?|worms?)\b`,
      ),
    ],
    weight: 3,
    requirements: [i('si-3'), s('si-4')],
    examples: ['Scan uploaded files for malware before anyone opens them.'],
  },
  {
    name: 'vulnerability-scanning',
    patterns: [
      re(
        String.raw`\b(?:vulnerabilit(?:y|ies)|CVEs?|penetration test\w*|pen[- ]?test\w*|scan\w*\b[^.;]{0,20}\b(?:images?|hosts?|instances?|packages?|code)|(?:image|container|vulnerability|security|malware) scan\w*)\b`,
      ),
    ],
    weight: 3,
    requirements: [i('ra-5'), s('si-2'), s('ca-8')],
    examples: ['Scan container images for known vulnerabilities on every push.'],
  },
  {
    name: 'flaw-remediation',
    patterns: [
      re(
        String.raw`\b(?:patch\w*|security (?:updates?|fixes)|hotfix\w*|bug fixes|fix\w* (?:flaws|vulnerabilities)|upgrad\w+|updat\w+ (?:to|the) (?:latest|newest|current)|latest\b[^.;]{0,30}\b(?:versions?|releases?|platforms?|patch\w*)|minor version|version upgrades?|managed (?:platform )?updates?|maintenance windows?)\b`,
      ),
    ],
    weight: 3,
    requirements: [i('si-2'), s('si-2.2'), s('cm-3')],
    examples: ['The provider applies security patches to the host operating system.'],
  },
  {
    name: 'automatic-updates',
    patterns: [
      re(
        String.raw`\b(?:automatic(?:ally)?|auto)[- ]?(?:minor )?(?:version )?(?:updat\w+|upgrad\w+|patch\w*)\b|\bmanaged (?:platform )?updates?\b`,
      ),
    ],
    weight: 3,
    requirements: [i('si-2.5'), s('si-2')],
    examples: ['Turn on automatic minor upgrades so the engine gets fixes without a ticket.'],
  },
  {
    name: 'unsupported-components',
    risk: true,
    patterns: [
      re(
        String.raw`\bend[- ]of[- ](?:life|support)\b|\b(?:supported|unsupported|deprecated|end[- ]of[- ](?:life|support)|outdated|obsolete|legacy)\b[^.;]{0,30}\b(?:versions?|runtimes?|engines?|platforms?|releases?|components?|software|types?)\b|\b(?:versions?|runtimes?)\b[^.;]{0,20}\b(?:no longer supported|still supported|supported)\b`,
      ),
    ],
    weight: 3,
    requirements: [i('sa-22'), s('si-2'), s('cm-2')],
    examples: ['Move functions off runtimes that have reached end of support.'],
  },
  {
    name: 'software-firmware-integrity',
    patterns: [
      re(
        String.raw`\b(?:signed|sign\w*|signatures?|verif\w+|authenticat\w+)\b[^.;]{0,40}\b(?:firmware|software|code|images?|packages?|binar(?:y|ies)|updates?|releases?)\b`,
      ),
      re(
        String.raw`\b(?:firmware|software|code|images?|packages?|updates?)\b[^.;]{0,40}\b(?:signed|signatures?|verified|integrity)\b`,
      ),
      re(String.raw`\bcode signing\b|\bsecure boot\b|\bmeasured boot\b`),
    ],
    weight: 4,
    requirements: [i('si-7'), i('si-7.15'), s('si-7.1'), s('sr-11')],
    examples: ['Only firmware signed by the manufacturer can load on the device.'],
  },
  {
    name: 'information-integrity',
    patterns: [
      re(
        String.raw`\b(?:integrity|checksums?|hash(?:es|ed)?|digests?|tamper\w*|unauthori[sz]ed (?:changes|modification)s?)\b`,
      ),
    ],
    weight: 2,
    requirements: [i('si-7'), s('si-7.1'), s('sc-8')],
    examples: ['Each object carries a checksum that the service verifies on read.'],
  },
  {
    name: 'firmware',
    patterns: [re(String.raw`\bfirmware\b`)],
    weight: 2,
    requirements: [i('si-7'), s('si-2')],
    examples: ['The vendor maintains the firmware of each appliance.'],
  },
  {
    name: 'backup',
    // The act of backing up; a snapshot merely named (kept private, encrypted, tagged) is the
    // object of another safeguard: backup-copies.
    yieldsTo: ['public-access', 'resource-tagging'],
    patterns: [
      re(
        String.raw`\b(?:back(?:s|ed|ing)? ?up|${S('point-in-time-recovery')}|point-in-time restore|backtrack\w*|restor\w+|recovery points?|backup (?:plans?|vaults?|polic(?:y|ies)|retention|windows?|jobs?|schedules?)|versioning|object versions?)\b`,
      ),
      re(
        String.raw`\b(?:automat\w+|daily|hourly|weekly|regular|scheduled|continuous|periodic|frequent) (?:backups?|snapshots?)\b|\b(?:tak\w+|creat\w+|cop(?:y|ies|ied|ying)) (?:a |an |the )?(?:backups?|snapshots?)\b`,
      ),
    ],
    weight: 3,
    requirements: [i('cp-9'), s('cp-10'), s('cp-6')],
    examples: ['Back up the cluster every day and keep the copies for a month.'],
  },
  {
    name: 'backup-copies',
    yieldsTo: [
      'backup',
      'backup-protection',
      'public-access',
      'encryption-at-rest',
      'resource-tagging',
    ],
    patterns: [re(String.raw`\b(?:backups?|snapshots?)\b`)],
    weight: 2,
    requirements: [i('cp-9'), s('cp-10'), s('cp-6')],
    examples: ['The service keeps snapshots of the volume in another Availability Zone.'],
  },
  {
    name: 'backup-protection',
    patterns: [
      re(
        String.raw`\bbackups?\b[^.;]{0,40}\b(?:encrypt\w+|protect\w*|integrity)\b|\b(?:encrypt\w+|protect\w*)\b[^.;]{0,40}\bbackups?\b`,
      ),
    ],
    weight: 2,
    requirements: [i('cp-9.8'), s('cp-9')],
    examples: ['Backups are encrypted with the same key as the cluster they come from.'],
  },
  {
    name: 'replication-and-availability',
    patterns: [
      re(String.raw`\b${MULTI_ZONE}\b`),
      re(
        String.raw`\b(?:replicat\w+|redundan\w+|high(?:ly)? availab\w+|fail ?over|fault[- ]toleran\w+|resilien\w+|multi-AZ|standby|load[- ]balancing|durab\w+|single point of failure|auto ?scal\w+|scal\w+ (?:capacity|out)|capacity (?:with|to meet) demand|(?:at least|two or more|multiple) (?:two |three |\d+ )?(?:data |dedicated |master |worker |standby )?(?:nodes|replicas|copies|brokers))\b`,
      ),
    ],
    weight: 3,
    requirements: [i('cp-10'), s('sc-36'), s('si-13'), s('cp-6')],
    examples: [
      'Run the cluster in more than one Availability Zone so a zone outage leaves it serving.',
    ],
  },
  {
    name: 'disaster-recovery',
    patterns: [
      re(
        String.raw`\b(?:disaster recovery|business continuity|contingency|recovery (?:plans?|time|point)|RTO|RPO|cross-region (?:copy|backup|replication))\b`,
      ),
      re(
        String.raw`\brecover\w*\b[^.;]{0,40}\b(?:Regions?|outages?|disasters?|unavailable)\b|\b(?:Region|zone)(?:al)? (?:outages?|failures?)\b`,
      ),
    ],
    weight: 3,
    requirements: [i('cp-2'), s('cp-10'), s('cp-6')],
    examples: ['Plan how you would recover if a whole Region became unavailable.'],
  },
  {
    name: 'deletion-protection',
    patterns: [
      re(
        String.raw`\b(?:deletion|termination) protection\b|\b(?:accidental|unintended)\w* (?:deletion|removal|overwrites?)\b|\bprevent\w*\b[^.;]{0,20}\bdelet\w+`,
      ),
    ],
    weight: 3,
    // Refusing an unapproved destructive change is change control; the data itself stays backed up.
    requirements: [i('cm-3'), s('cp-9'), s('si-13')],
    examples: ['Turn on deletion protection so a mistaken call cannot drop the database.'],
  },
  {
    name: 'data-retention',
    patterns: [
      re(
        String.raw`\b(?:lifecycle (?:polic(?:y|ies)|rules?|configuration)|retention (?:period|polic(?:y|ies))|expir\w+ (?:objects|data)|data retention|retain\w* data)\b`,
      ),
    ],
    weight: 2,
    requirements: [i('si-12'), s('cp-9')],
    examples: [
      'A lifecycle rule moves old objects to cold storage and deletes them after five years.',
    ],
  },
  {
    name: 'data-sanitization',
    patterns: [
      re(
        String.raw`\b(?:saniti[sz]\w+|wip(?:e|ed|es|ing)|degauss\w*|securely (?:delet|eras|destroy)\w*|crypto-?shred\w*|decommission\w*|media destruction|zeroiz\w+)\b`,
      ),
    ],
    weight: 3,
    requirements: [i('mp-6'), s('sc-4')],
    examples: ['Storage devices are wiped before they leave the data center.'],
  },
  {
    name: 'isolation',
    patterns: [
      re(
        String.raw`\b(?:isolat\w+|tenant|single-tenant|multi-tenant|dedicated (?:hardware|instances?|hosts?)|sandbox\w*|separat\w+ (?:from|between) (?:other )?(?:customers|tenants|accounts))\b`,
      ),
    ],
    weight: 2,
    requirements: [i('sc-39'), s('sc-4'), s('sc-7.21')],
    examples: ['Each customer gets hardware that no other tenant shares.'],
  },
  {
    name: 'configuration-baseline',
    patterns: [
      re(
        String.raw`\b(?:configur\w+|settings?|defaults?|baseline|harden\w*|secure configuration|parameter groups?|templates?|infrastructure as code)\b`,
      ),
    ],
    weight: 1,
    requirements: [i('cm-2'), s('cm-6'), s('cm-7')],
    examples: ['Start every instance from a hardened image with the default settings changed.'],
  },
  {
    name: 'default-settings',
    risk: true,
    patterns: [
      re(
        String.raw`\b(?:default (?:(?:administrator|admin|master|root) )?(?:user ?names?|passwords?|accounts?|credentials|settings?|configurations?)|custom (?:administrator|admin|master) user ?names?|change the default)\b`,
      ),
    ],
    weight: 3,
    requirements: [i('cm-6'), s('cm-2'), s('ia-5')],
    examples: ['Replace the default administrator user name with one of your own.'],
  },
  {
    name: 'change-control',
    patterns: [
      re(
        String.raw`\b(?:change (?:management|control|requests?|approvals?)|changes? (?:to|in) (?:the )?(?:configuration|production|system)|approv\w+ (?:the )?changes?|(?:track|record|log)\w* (?:every |each |all )?(?:configuration )?changes?|configuration (?:changes?|history|recorders?|recording)|drift)\b`,
      ),
    ],
    weight: 3,
    requirements: [i('cm-3'), s('cm-5'), s('cm-4')],
    examples: ['Every change to production goes through review and approval.'],
  },
  {
    name: 'inventory',
    patterns: [
      re(
        String.raw`\b(?:inventor(?:y|ies)|asset (?:management|tracking|list)|unused\b[^.;]{0,40}\b(?:resources?|security groups?|network access control lists|network acls?|addresses|eips?|elastic ips?|instances?|volumes?|snapshots?|images?|buckets?|functions?)|tag(?:s|ging)? (?:resources|polic(?:y|ies))|resource tags?)\b`,
      ),
    ],
    yieldsTo: ['unused-accounts-and-credentials'],
    weight: 3,
    requirements: [i('cm-8'), s('cm-7')],
    examples: ['Keep an inventory of every resource and remove the unused ones.'],
  },
  {
    name: 'resource-tagging',
    // Tags are the metadata that tie a resource to its owner and purpose: inventory records
    // (CM-8's component accountability), kept as part of the resource's configuration.
    patterns: [re(String.raw`\b(?:tags?|tagged|tagging)\b`)],
    yieldsTo: ['attribute-based-access', 'inventory'],
    weight: 2,
    requirements: [i('cm-8'), s('cm-2')],
    examples: ['Tag every volume with the team that owns it and its cost center.'],
  },
  {
    name: 'incident-response',
    patterns: [
      re(
        String.raw`\b(?:incidents?|forensic\w*|breach(?:es)?|compromis\w+|respond\w* to (?:security )?(?:events|findings|alerts)|runbooks?|playbooks?|security contact)\b`,
      ),
    ],
    weight: 3,
    requirements: [i('ir-4'), s('ir-6'), s('ir-5')],
    examples: ['If you suspect a compromise, follow the incident runbook and isolate the host.'],
  },
  {
    name: 'instance-metadata',
    // The metadata endpoint hands out the instance's role credentials: requiring session tokens
    // (IMDSv2) or blocking it from workloads is access enforcement on those credentials.
    patterns: [
      re(
        String.raw`\b(?:IMDS(?:v[12])?|instance metadata(?: service| endpoint)?|metadata (?:service|server|endpoint|(?:response )?hop limit))\b`,
      ),
    ],
    weight: 3,
    requirements: [i('ac-3'), s('ac-6'), s('ia-5')],
    examples: ['Require session tokens for every call to the instance metadata service.'],
  },
  {
    name: 'remote-access',
    patterns: [
      re(
        String.raw`\b(?:remote (?:access|administration|sessions?)|SSH|RDP|bastion hosts?|jump (?:box|host)s?|Session Manager|VPN)\b`,
      ),
    ],
    weight: 2,
    requirements: [i('ac-17'), s('sc-8'), s('ac-17.2')],
    examples: ['Administer the hosts through a bastion rather than opening SSH to everyone.'],
  },
  {
    name: 'session-management',
    patterns: [
      re(
        String.raw`\b(?:session (?:timeout|duration|length|expir\w+|tokens?)|idle (?:timeout|sessions?)|sessions? (?:end|expire|time out)|re-?authenticat\w+)\b`,
      ),
    ],
    weight: 3,
    requirements: [i('ac-12'), s('sc-10'), s('ia-11')],
    examples: ['Sessions end after fifteen minutes without activity.'],
  },
  {
    name: 'request-signing',
    patterns: [
      re(
        String.raw`\b(?:sign(?:ed|s|ing)? (?:the |each |every |your )?(?:API )?requests?|signature version 4|SigV4|request signatures?)\b`,
      ),
    ],
    weight: 3,
    requirements: [i('sc-23'), s('ia-9'), s('sc-8')],
    examples: ['Sign every API request with your access key so the service can check who sent it.'],
  },
  {
    name: 'physical-security',
    patterns: [
      re(
        String.raw`\b(?:enter\w*|access\w*)\b[^.;]{0,30}\b(?:rooms?|buildings?|premises|cages?)\b|\b(?:physical (?:access|security|protection|controls?)|data cent(?:er|re)s?|facilit(?:y|ies)|guards?|badges?|CCTV|environmental (?:controls?|protection))\b`,
      ),
    ],
    weight: 3,
    requirements: [i('pe-3'), s('pe-2'), s('pe-6')],
    examples: ['Only approved staff can enter the rooms that hold the servers.'],
  },
  {
    name: 'data-location',
    patterns: [
      re(
        String.raw`\b(?:data (?:residency|sovereignty|location)|(?:stays?|remains?|stored) (?:in|within) the (?:Region|country|jurisdiction)|leav\w+ the (?:Region|country))\b`,
      ),
    ],
    weight: 3,
    requirements: [i('sa-9.5'), s('sa-9')],
    examples: ['Your data stays in the Region you choose unless you copy it elsewhere.'],
  },
  {
    name: 'independent-assessment',
    patterns: [
      re(
        String.raw`\b(?:third-party|independent|external) (?:auditors?|assessors?|audits?|assessments?)\b|\baudit(?:ed)? reports?\b|\bSOC ?[123]\b|\bISO(?:/IEC)? ?270\d\d\b|\bPCI(?:[- ]DSS)?\b|\bFedRAMP\b|\bHIPAA\b|\bcompliance (?:programs?|reports?|validation)\b|\b(?:certified|accredited|attest\w+|assessed|audited)\b`,
      ),
    ],
    weight: 2,
    requirements: [e('ca-2'), e('ca-2.1'), s('sa-9')],
    examples: ['Independent auditors assess the service as part of its SOC 2 report.'],
  },
  {
    name: 'security-awareness-training',
    patterns: [
      re(
        String.raw`\b(?:security (?:awareness|training)|train\w* (?:staff|employees|personnel|users)|awareness training|phishing)\b`,
      ),
    ],
    weight: 3,
    requirements: [i('at-2'), s('at-3')],
    examples: ['Staff complete security awareness training every year.'],
  },
  {
    name: 'risk-assessment',
    patterns: [
      re(
        String.raw`\b(?:risk (?:assessments?|analysis|management)|threat model\w*|assess\w* (?:the )?risks?)\b`,
      ),
    ],
    weight: 3,
    requirements: [i('ra-3'), s('pm-9')],
    examples: ['Assess the risk of each new integration before you approve it.'],
  },
  {
    name: 'time-synchronization',
    patterns: [
      re(
        String.raw`\b(?:NTP|time (?:synchroni[sz]\w+|sync|source)|clock (?:drift|synchroni[sz]\w+)|timestamps?)\b`,
      ),
    ],
    weight: 2,
    requirements: [i('sc-45'), s('au-8')],
    examples: ['Hosts keep their clocks in step with an authoritative time source.'],
  },
  {
    name: 'dns-security',
    patterns: [
      re(
        String.raw`\b(?:DNSSEC|DNS (?:resolution|query logging|firewall|security)|name resolution)\b`,
      ),
    ],
    weight: 3,
    requirements: [i('sc-20'), s('sc-21'), s('sc-22')],
    examples: ['Sign the hosted zone with DNSSEC so resolvers can check the answers.'],
  },
  {
    name: 'secure-development',
    patterns: [
      re(
        String.raw`\b(?:CI/CD|pipelines?|build (?:projects?|environments?|servers?)|source (?:code )?repositor(?:y|ies)|code reviews?|static analysis|SAST|software development|developers?)\b`,
      ),
    ],
    weight: 2,
    requirements: [i('sa-15'), s('sa-11'), s('sa-3')],
    examples: ['Run static analysis in the build pipeline before any release.'],
  },
  {
    name: 'input-validation',
    patterns: [
      re(
        String.raw`\b(?:input validation|validat\w+ (?:the |all |every |each |user )?(?:input|requests?|parameters?)|injection|cross-site scripting|XSS|sanitiz\w+ input|(?:invalid|malformed) (?:\w+ )?(?:headers?|requests?|input|payloads?))\b`,
      ),
    ],
    weight: 3,
    requirements: [i('si-10'), s('si-15')],
    examples: ['Validate every parameter the API receives before you use it in a query.'],
  },
  {
    name: 'unsuccessful-logons',
    patterns: [
      re(
        String.raw`\b(?:failed|unsuccessful|invalid) (?:log ?in|log ?on|sign-in|authentication) attempts?\b|\b(?:account )?lockout\b|\block(?:s|ed)? out after\b`,
      ),
    ],
    weight: 3,
    requirements: [i('ac-7'), s('ia-2')],
    examples: ['The account locks after five failed sign-in attempts.'],
  },
  {
    name: 'personal-data',
    patterns: [
      re(String.raw`\b(?:${S('personal-data')}|PHI|protected health information|privacy)\b`),
    ],
    weight: 2,
    requirements: [i('pt-2'), s('si-12'), s('sc-28')],
    examples: ['Do not put personal data in tags or resource names.'],
  },
  {
    name: 'external-services',
    patterns: [
      re(
        String.raw`\b(?:third-party (?:services?|providers?|software|vendors?)|external (?:services?|providers?|systems?)|subprocessors?|supply chain|vendors?)\b`,
      ),
    ],
    weight: 2,
    requirements: [i('sa-9'), s('sr-3'), s('ac-20')],
    examples: ['Review the security of every third-party service that receives your data.'],
  },
  {
    name: 'shared-responsibility',
    patterns: [
      re(
        String.raw`\bresponsibilit\w+\b[^.;]{0,50}\bshare\w*\b|\bshare\w*\b[^.;]{0,30}\bresponsibilit\w+|\bshared responsibility\b|\bresponsib\w+ (?:of|for) (?:security|the security)\b|\bsecurity (?:of|in) the cloud\b`,
      ),
    ],
    weight: 2,
    requirements: [i('sa-9'), s('sa-9.1'), s('pm-17')],
    examples: ['Security is a responsibility the provider and the customer share.'],
  },
] as const satisfies readonly Concept[]

/** Names of the concepts: a typo in a test or an annotation trace fails `tsc`. */
export type ConceptName = (typeof CONCEPTS)[number]['name']
