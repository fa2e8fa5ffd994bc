import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createSentenceClassifier } from '../../../src/compile/extract/classify-sentence.ts'
import type { Classification } from '../../../src/compile/extract/classify-sentence.ts'
import { createProgramFinder } from '../../../src/compile/extract/find-programs.ts'
import { serviceAliases } from '../../../src/compile/extract/party.ts'
import { loadTestPrograms } from './load-test-programs.ts'

const programs = createProgramFinder(loadTestPrograms())
const classifierFor = (name: string, id: string) =>
  createSentenceClassifier({ serviceNames: serviceAliases(name, id), programs })

const services = {
  kms: classifierFor('AWS Key Management Service', 'kms'),
  s3: classifierFor('Amazon S3', 's3'),
  rds: classifierFor('Amazon RDS', 'rds'),
  lambda: classifierFor('AWS Lambda', 'lambda'),
  iam: classifierFor('AWS Identity and Access Management', 'iam'),
  vault: classifierFor('Example Vault', 'vault'),
}

const describe = (c: Classification): string => (c.control ? `${c.kind}/${c.owner}` : 'none')

// Every sentence here is written for these tests, in the style of several services' security docs.
const cases: [keyof typeof services, string, string][] = [
  // requirements
  ['kms', 'You must have kms:Decrypt permission to use the key.', 'requirement/customer'],
  ['s3', 'Bucket names must not contain sensitive data.', 'requirement/customer'],
  [
    'lambda',
    'Your function must use an execution role that grants access to the queue.',
    'requirement/customer',
  ],
  ['rds', 'Clients must support TLS 1.2 or later.', 'requirement/customer'],
  ['iam', 'Requests must be signed with a secret access key.', 'requirement/customer'],
  [
    'kms',
    'To use a customer managed key, you need to grant the service principal access in the key policy.',
    'requirement/customer',
  ],
  ['s3', 'Public access is not allowed for buckets in this account.', 'requirement/customer'],
  [
    'rds',
    'You are responsible for managing database user accounts and passwords.',
    'requirement/customer',
  ],
  ['kms', 'Only the key administrators can schedule key deletion.', 'requirement/customer'],
  [
    'vault',
    'Only firmware that the vendor signed can be loaded onto the device.',
    'guarantee/provider',
  ],
  ['iam', 'Access to the console requires multi-factor authentication.', 'requirement/customer'],
  [
    'rds',
    'Encryption is required for all snapshots that you share with other accounts.',
    'requirement/customer',
  ],
  // recommendations
  [
    'iam',
    'We recommend that you use temporary credentials instead of long-term access keys.',
    'recommendation/customer',
  ],
  [
    's3',
    'We strongly recommend that you block public access at the account level.',
    'recommendation/customer',
  ],
  ['kms', 'You should rotate customer managed keys regularly.', 'recommendation/customer'],
  [
    'lambda',
    'As a best practice, grant each function only the permissions it needs.',
    'recommendation/customer',
  ],
  [
    'rds',
    'It is a good idea to enable deletion protection on production databases.',
    'recommendation/customer',
  ],
  [
    'iam',
    'Use IAM roles to grant permissions to applications that run on EC2 instances.',
    'recommendation/customer',
  ],
  ['s3', 'Never store access keys in your application code.', 'recommendation/customer'],
  [
    'kms',
    'Do not delete a key until you are sure that no data is encrypted under it.',
    'recommendation/customer',
  ],
  [
    'rds',
    'If you need FIPS 140-2 validated endpoints, connect through the FIPS endpoint.',
    'recommendation/customer',
  ],
  [
    'lambda',
    'Consider using code signing to ensure that only trusted code runs in your functions.',
    'recommendation/customer',
  ],
  [
    's3',
    'Enabling versioning is recommended for buckets that hold critical data.',
    'recommendation/customer',
  ],
  // guarantees
  ['kms', 'AWS KMS encrypts your keys with hardware security modules.', 'guarantee/provider'],
  ['s3', 'Amazon S3 automatically encrypts all new objects at rest.', 'guarantee/provider'],
  ['rds', 'Amazon RDS isolates each database instance in its own network.', 'guarantee/provider'],
  ['lambda', 'Lambda functions run in isolated environments that the service manages.', 'none'],
  [
    'lambda',
    'The service patches the underlying operating system and runtime.',
    'guarantee/provider',
  ],
  ['kms', 'Key material never leaves the HSMs unencrypted.', 'guarantee/provider'],
  ['kms', 'AWS does not have access to your plaintext keys.', 'guarantee/provider'],
  [
    's3',
    'Data in transit between the service and your clients is encrypted with TLS.',
    'guarantee/provider',
  ],
  ['rds', 'Automated backups are replicated to a second Availability Zone.', 'guarantee/provider'],
  ['s3', 'By default, all new buckets are private.', 'guarantee/provider'],
  ['iam', 'By default, new users have no permissions.', 'guarantee/provider'],
  ['kms', 'AWS KMS is FIPS 140-2 Level 3 validated.', 'guarantee/provider'],
  ['rds', 'Amazon RDS is PCI DSS compliant.', 'guarantee/provider'],
  ['lambda', 'AWS Lambda has achieved SOC 2 Type II attestation.', 'guarantee/provider'],
  ['vault', 'The HSMs are certified under FIPS 140-3.', 'guarantee/provider'],
  ['iam', 'AWS is responsible for protecting the hardware it runs.', 'guarantee/provider'],
  ['kms', 'Every request to the service is logged in AWS CloudTrail.', 'guarantee/provider'],
  // capabilities
  ['kms', 'You can create a key policy that restricts who can use a key.', 'capability/customer'],
  [
    's3',
    'You can use S3 Object Lock to prevent objects from being deleted.',
    'capability/customer',
  ],
  [
    'rds',
    'Amazon RDS supports encryption of database instances with keys that you manage.',
    'capability/customer',
  ],
  [
    'lambda',
    'Lambda lets you configure functions to access resources in a private VPC.',
    'capability/customer',
  ],
  ['iam', 'Optionally, require MFA before users can assume a role.', 'recommendation/customer'],
  ['s3', 'You can optionally enable MFA delete on a versioned bucket.', 'capability/customer'],
  // shared
  [
    'rds',
    'AWS and the customer share responsibility for patching database engines.',
    'requirement/shared',
  ],
  ['iam', 'Both AWS and you are responsible for keeping credentials secure.', 'requirement/shared'],
  [
    's3',
    'Blocking public reads of a bucket is a shared responsibility between AWS and you.',
    'requirement/shared',
  ],
  [
    'kms',
    'Keeping key material available during an outage is a joint responsibility of AWS and the customer.',
    'requirement/shared',
  ],
  [
    'rds',
    'Amazon RDS and you share the responsibility for keeping snapshots private.',
    'requirement/shared',
  ],
  [
    'lambda',
    'Responsibility for patching function dependencies is shared between AWS and the developer.',
    'requirement/shared',
  ],
  [
    'kms',
    'Auditing key usage is the responsibility of both AWS KMS and you.',
    'requirement/shared',
  ],
  [
    'lambda',
    'Isolating execution environments is a responsibility that AWS and you share.',
    'requirement/shared',
  ],
  [
    'rds',
    'The service and the database owner are jointly responsible for the encryption of replicas.',
    'requirement/shared',
  ],
  [
    's3',
    'Removing stale access grants is the responsibility of the bucket owner.',
    'requirement/customer',
  ],
  ['kms', 'Protecting the HSM fleet is the sole responsibility of AWS.', 'guarantee/provider'],
  // background about the model, not a duty
  ['s3', 'Security is a shared responsibility between AWS and you.', 'none'],
  ['rds', 'Security and compliance is a joint responsibility of AWS and the customer.', 'none'],
  ['lambda', 'The shared responsibility model describes this split of duties.', 'none'],
  ['kms', 'This is the responsibility of both AWS and you.', 'none'],
  // wording variants
  [
    'kms',
    'AWS recommends that you use a separate key for each application.',
    'recommendation/customer',
  ],
  [
    'rds',
    "You're required to use a parameter group that forces SSL connections.",
    'requirement/customer',
  ],
  ['kms', 'Plaintext key material is never written to disk.', 'guarantee/provider'],
  ['kms', "AWS KMS doesn't store your data keys.", 'guarantee/provider'],
  [
    'lambda',
    'Function code and environment variables are never shared between accounts.',
    'guarantee/provider',
  ],
  ['iam', 'Regularly review and remove unused roles and credentials.', 'recommendation/customer'],
  ['s3', 'Identify and audit every bucket that allows public access.', 'recommendation/customer'],
  ['rds', "You can't turn off encryption on an encrypted DB instance.", 'guarantee/provider'],
  ['rds', 'You may not share a snapshot that holds cardholder data.', 'requirement/customer'],
  // One duty whose doers are both parties is shared; what both merely may do is not a duty.
  ['rds', 'AWS and you both patch the database engine of a DB instance.', 'requirement/shared'],
  [
    'kms',
    'Rotation of imported key material is handled jointly by AWS KMS and the customer.',
    'requirement/shared',
  ],
  ['rds', 'AWS and you can both read the audit log of a DB instance.', 'none'],
  // "AWS services" beside the reader's clients are callers, not the provider: no shared duty.
  [
    'lambda',
    'Other clients and AWS services that call a function are responsible for retrying failed calls.',
    'requirement/customer',
  ],
  [
    'iam',
    'Account administrators can view, but not edit, the permissions of a service-linked role.',
    'guarantee/provider',
  ],
  [
    'kms',
    'KMS keys are protected by FIPS 140-2 validated hardware security modules.',
    'guarantee/provider',
  ],
  [
    's3',
    'Starting this year, all new uploads to Amazon S3 are automatically encrypted.',
    'guarantee/provider',
  ],
  [
    'lambda',
    'Each execution environment is isolated from other environments by a microVM.',
    'guarantee/provider',
  ],
  ['s3', 'Amazon S3 offers several options for encrypting objects at rest.', 'capability/customer'],
  [
    'kms',
    'AWS KMS is designed so that no one, not even AWS staff, can read your plaintext keys.',
    'guarantee/provider',
  ],
  ['lambda', 'Lambda API endpoints only accept connections over HTTPS.', 'guarantee/provider'],
  ['iam', 'Session credentials expire after one hour.', 'guarantee/provider'],
  [
    'kms',
    'Independent auditors assess the controls of the service every year.',
    'guarantee/provider',
  ],
  ['s3', 'An explicit deny overrides any allow.', 'none'],
  ['s3', 'This policy denies uploads that are not encrypted.', 'none'],
  ['s3', 'The following best practices are general guidance.', 'none'],
  [
    'iam',
    'Locking away the root user access keys is a security best practice.',
    'recommendation/customer',
  ],
  ['iam', 'The API action that the statement allows or denies.', 'none'],
  ['s3', 'The standard protects card data during online payments.', 'none'],
  ['kms', 'You can review the key policy defaults below.', 'none'],
  ['s3', 'Amazon S3 does not encrypt objects that were uploaded before the change.', 'none'],
  ['s3', 'Backups of the bucket inventory are managed by AWS.', 'guarantee/provider'],
  ['lambda', 'The AWS shared responsibility model applies to Lambda.', 'none'],
  ['rds', 'You must not share the master user password.', 'requirement/customer'],
  [
    'iam',
    'Grant least privilege – When you set permissions, you decide who gets which access.',
    'recommendation/customer',
  ],
  [
    's3',
    'Object Lock – With Object Lock, you can store objects using a write-once model.',
    'capability/customer',
  ],
  ['s3', 'Bucket names – Names are global across accounts.', 'none'],
  [
    'lambda',
    'Lambda always provides server-side encryption at rest with a KMS key.',
    'guarantee/provider',
  ],
  // procedure, not advice
  ['rds', 'In the navigation pane, choose Snapshots.', 'none'],
  ['kms', 'To find the key ID, open the console and copy it from the details page.', 'none'],
  ['lambda', 'To change the memory setting, use the configuration tab.', 'none'],
  ['kms', 'To protect the key, use a key policy that denies deletion.', 'recommendation/customer'],
  ['iam', 'Your output should look similar to the following.', 'none'],
  ['iam', 'Sign in to the console as an administrator.', 'none'],
  // not controls
  ['kms', 'For more information, see the key policy reference.', 'none'],
  ['s3', 'To learn how to create a bucket, see Creating buckets.', 'none'],
  ['iam', 'An IAM role is an identity with permission policies.', 'none'],
  ['rds', 'A DB snapshot is a backup of a database instance.', 'none'],
  ['lambda', 'The following example shows a function policy that allows access.', 'none'],
  ['kms', 'This topic explains how keys are used.', 'none'],
  ['s3', 'Amazon S3 stores data as objects in buckets.', 'none'],
  ['lambda', 'You create functions in the console.', 'none'],
  ['rds', 'The engine version appears in the console.', 'none'],
  ['iam', 'Refer to the IAM API reference for details.', 'none'],
  ['kms', 'Security is a shared responsibility of everyone involved.', 'none'],
  ['s3', 'You do not need to change your code to use the endpoint.', 'none'],
  ['rds', 'SOC 2 is a framework for reporting on controls.', 'none'],
  ['lambda', 'Create a function with the console.', 'none'],
]

for (const [service, sentence, expected] of cases) {
  test(`${service}: ${sentence}`, () => {
    const result = services[service].classify(sentence)
    assert.equal(describe(result), expected, `rule ${result.rule}`)
    if (result.control) assert.ok(result.confidence > 0 && result.confidence <= 1)
    else assert.equal(result.confidence, 0)
  })
}

test('list items inherit kind and owner from a recommending lead-in', () => {
  const kms = services.kms
  const leadIn = kms.classify('We recommend that you protect your keys in the following ways:')
  assert.equal(leadIn.leadIn, true)
  assert.equal(leadIn.announces, true)
  assert.equal(
    describe(kms.classify('Enable automatic rotation.', { leadIn })),
    'recommendation/customer',
  )
  assert.equal(
    describe(kms.classify('Separate key administrators from key users.', { leadIn })),
    'recommendation/customer',
  )
  assert.equal(
    describe(kms.classify('Least-privilege key policies for every key.', { leadIn })),
    'recommendation/customer',
  )
})

test('an item that describes its label does not inherit advice', () => {
  const iam = services.iam
  const leadIn = iam.classify('Attach the managed policy that fits the access a user needs:')
  assert.equal(
    describe(iam.classify('ReadOnlyAccess – allows read-only use of the service.', { leadIn })),
    'none',
  )
  assert.equal(
    describe(iam.classify('ReadOnlyAccess for auditors.', { leadIn })),
    'recommendation/customer',
  )
})

test('items under a neutral lead-in are classified alone', () => {
  const s3 = services.s3
  const leadIn = s3.classify('A bucket policy names the following elements:')
  assert.equal(leadIn.control, false)
  assert.equal(
    describe(s3.classify('The principal that the policy applies to.', { leadIn })),
    'none',
  )
  assert.equal(
    describe(s3.classify('You must list at least one action.', { leadIn })),
    'requirement/customer',
  )
})

test('items take the subject of a provider lead-in', () => {
  const rds = services.rds
  const leadIn = rds.classify('Amazon RDS encrypts the following data:')
  assert.equal(
    describe(rds.classify('Automated backups and snapshots.', { leadIn })),
    'guarantee/provider',
  )
})

test('a plain statement of a duty counts only inside a two-party sentence', () => {
  const lambda = services.lambda
  assert.equal(describe(lambda.classify('you manage the function code')), 'none')
  assert.equal(
    describe(lambda.classify('you manage the function code', { contrastive: true })),
    'requirement/customer',
  )
})

test('a pronoun sentence naming programs carries on the previous control', () => {
  const kms = services.kms
  const previous = kms.classify(
    'Independent auditors assess the service as part of several compliance programs.',
  )
  assert.equal(describe(previous), 'guarantee/provider')
  assert.equal(
    describe(kms.classify('These include SOC 2, PCI DSS, and FedRAMP.', { previous })),
    'guarantee/provider',
  )
  assert.equal(describe(kms.classify('These include SOC 2, PCI DSS, and FedRAMP.')), 'none')
  assert.equal(describe(kms.classify('These include several teams.', { previous })), 'none')
})

test('clearer signals give higher confidence', () => {
  const kms = services.kms
  const strong = kms.classify('We recommend that you rotate keys every year.').confidence
  const weak = kms.classify('Rotate keys every year.').confidence
  assert.ok(strong > weak, `${strong} > ${weak}`)
})
