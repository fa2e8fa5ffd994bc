import { CONTROL_KINDS, ORIGINS, OWNERS } from '../model/control.ts'

/*
 * JSON Schema of the JSON checklist, self-contained (no $ref) so the OpenAPI document can embed it
 * as a component schema as is; it uses only keywords shared by draft-07 and 2020-12.
 */

const string = { type: 'string' }
const nullableString = { type: ['string', 'null'] }
const stringList = { type: 'array', items: string }
const status = { type: 'string', enum: ['todo', 'done', 'not-applicable'] }
const kind = { type: 'string', enum: [...CONTROL_KINDS] }
const owner = { type: 'string', enum: [...OWNERS] }

const closed = (properties: Record<string, unknown>) => ({
  type: 'object',
  additionalProperties: false,
  required: Object.keys(properties),
  properties,
})

const source = closed({
  file: string,
  line: { type: 'integer', minimum: 1 },
  column: { type: 'integer', minimum: 1 },
  headingPath: stringList,
})

const counts = (keys: readonly string[]) =>
  closed(Object.fromEntries(keys.map((k) => [k, { type: 'integer', minimum: 0 }])))

export const checklistJsonSchema = {
  title: 'Checklist',
  description:
    'What the customer does for the services in scope, what it inherits from the provider, and where each line comes from.',
  ...closed({
    header: closed({
      title: string,
      scope: closed({
        services: stringList,
        programs: stringList,
        owners: { type: 'array', items: owner },
        topics: stringList,
        kinds: { type: 'array', items: kind },
        includeGeneral: { type: 'boolean' },
      }),
      services: { type: 'array', items: closed({ id: string, name: string, provider: string }) },
      programs: { type: 'array', items: closed({ id: string, name: string }) },
      graph: closed({ contentHash: string, schemaVersion: { type: 'integer' } }),
      generatedAt: { type: 'string', format: 'date-time' },
    }),
    inherited: {
      type: 'array',
      items: closed({
        id: string,
        type: { type: 'string', enum: ['attestation', 'guarantee'] },
        service: string,
        topic: string,
        control: string,
        statement: string,
        kind,
        owner,
        programs: stringList,
        general: { type: 'boolean' },
        claim: {
          oneOf: [
            { type: 'null' },
            closed({
              program: string,
              programName: string,
              level: nullableString,
              certificate: nullableString,
              since: nullableString,
            }),
          ],
        },
        evidence: { type: 'array', items: closed({ text: string, href: nullableString }) },
        source,
        url: nullableString,
        status,
      }),
    },
    actions: {
      type: 'array',
      items: closed({
        topic: string,
        title: string,
        service: string,
        items: {
          type: 'array',
          items: closed({
            id: string,
            service: string,
            topic: string,
            section: nullableString,
            statement: string,
            kind,
            owner,
            programs: stringList,
            general: { type: 'boolean' },
            origin: { type: 'string', enum: [...ORIGINS] },
            confidence: { type: 'number', minimum: 0, maximum: 1 },
            source,
            url: nullableString,
            status,
          }),
        },
      }),
    },
    totals: closed({
      inherited: { type: 'integer', minimum: 0 },
      actions: { type: 'integer', minimum: 0 },
      byOwner: counts(OWNERS),
      byKind: counts(CONTROL_KINDS),
    }),
  }),
}
