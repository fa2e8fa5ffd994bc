/**
 * Vocabulary that makes a statement security-relevant. Weak signals (an imperative, "you can",
 * a provider doing something ordinary) only become controls when one of these is present.
 */
export const SECURITY_TERMS: RegExp =
  /\b(?:encrypt\w*|decrypt\w*|crypto\w*|cipher\w*|keys?|tls|ssl|https|certificate\w*|credential\w*|passwords?|passphrases?|secrets?|tokens?|mfa|multi-factor|two-factor|2fa|authenticat\w*|authori[sz]\w*|permissions?|privileges?|least[- ]privilege|access\w*|polic(?:y|ies)|iam|roles?|principals?|identit(?:y|ies)|audit\w*|logs?|logging|logged|cloudtrail|monitor\w*|alarms?|alerts?|secur\w*|protect\w*|private\w*|isolat\w*|firewalls?|security groups?|endpoints?|vpn|privatelink|vpcs?|subnets?|patch\w*|vulnerab\w*|malware|threats?|backups?|back up|restor\w*|replicat\w*|durab\w*|highly available|high availability|fail ?over|failover|redundan\w*|disaster|recovery|resilien\w*|complian\w*|certifi\w*|fips|signed|signing|signatures?|hash\w*|integrity|confidential\w*|sensitive|pii|personal data|retention|versioning|immutable|lock\w*|trusted|untrusted|rotat\w*|revok\w*|quorum|firmware|zeroiz\w*|deny|denied|allow(?:s|ed)?|grant\w*|block\w*|public|plaintext|tamper\w*|attest\w*|validated|fraud|abuse|incident\w*|forensic\w*|guardduty|macie|security hub|waf|shield|deletion|delete|mask\w*|tokeniz\w*|leak\w*|exfiltrat\w*|attack\w*|eavesdrop\w*|breach\w*|intrusion|least\s+privilege|metrics|notif\w*|trails?|wildcards?|retr(?:y|ies|ied)|concurren\w*|multiple\s+availability\s+zones)\b/i

export const hasSecurityTerm = (text: string): boolean => SECURITY_TERMS.test(text)
