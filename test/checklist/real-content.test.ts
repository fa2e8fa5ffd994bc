import assert from 'node:assert/strict'
import { before, describe, test } from 'node:test'
import { buildGraph } from '../../src/compile/build-graph.ts'
import type { Checklist } from '../../src/checklist/checklist.ts'
import { createChecklist } from '../../src/checklist/create-checklist.ts'
import { createOscalCatalog } from '../../src/checklist/oscal/create-oscal-catalog.ts'
import { createOscalComponentDefinition } from '../../src/checklist/oscal/create-oscal-component-definition.ts'
import { renderChecklist } from '../../src/checklist/render-checklist.ts'
import { validateScope } from '../../src/checklist/validate-scope.ts'
import type { RawScope } from '../../src/scope/index.ts'
import type { Graph } from '../../src/model/graph.ts'
import { assertFormatsAgree } from './support/check-formats.ts'
import { validateOscal } from './support/oscal-validator.ts'
import { oscalSchemaFile, skipUnless, upstreamGuide } from '../support/shared-corpus.ts'
import { contentRoot } from './support/paths.ts'

/*
 * The project's own content and the upstream AWS CloudHSM guide (read by path, skipped when
 * ../shared is absent), both built with the real pipeline.
 */
const corpora = [
  { name: 'content/', root: contentRoot },
  { name: 'upstream AWS CloudHSM guide', root: upstreamGuide },
]

const AT = '2026-05-06T07:08:09.000Z'

for (const corpus of corpora) {
  describe(`checklists on ${corpus.name}`, skipUnless(corpus.root), () => {
    let graph: Graph
    before(async () => {
      graph = await buildGraph({ content: corpus.root })
    })

    const checklist = (raw: RawScope): Checklist => {
      const result = validateScope(graph, { service: 'cloudhsm', ...raw })
      assert.ok(result.ok, JSON.stringify(result))
      return createChecklist(graph, result.scope, { generatedAt: AT })
    }

    test('default scope: customer and shared actions by topic, in document order', () => {
      const c = checklist({})
      assert.equal(c.header.title, 'AWS CloudHSM: security checklist')
      assert.ok(c.totals.actions > 10 && c.totals.inherited > 5, JSON.stringify(c.totals))
      const topicOrder = graph.topics.map((t) => t.id)
      const groupOrder = c.actions.map((g) => topicOrder.indexOf(g.topic))
      assert.deepEqual(
        groupOrder,
        [...groupOrder].sort((a, b) => a - b),
      )
      const controlOrder = new Map(graph.controls.map((control, i) => [control.id, i]))
      for (const group of c.actions) {
        const order = group.items.map((i) => controlOrder.get(i.id) ?? -1)
        assert.deepEqual(
          order,
          [...order].sort((a, b) => a - b),
        )
        for (const item of group.items) {
          assert.ok(item.owner === 'customer' || item.owner === 'shared')
          assert.equal(item.topic, group.topic)
          assert.equal(item.status, 'todo')
        }
      }
      assertFormatsAgree(c)
    })

    test('PCI DSS: its attestations and what names it, plus general items; nothing for other programs only', () => {
      const c = checklist({ program: 'pci-dss' })
      assert.ok(c.inherited.some((i) => i.type === 'attestation' && i.claim?.program === 'pci-dss'))
      const items = [...c.inherited, ...c.actions.flatMap((g) => g.items)]
      for (const item of items) {
        assert.ok(item.general || item.programs.includes('pci-dss'), item.id)
        assert.equal(item.general, item.programs.length === 0)
      }
      const only = checklist({ program: 'pci-dss', general: false })
      assert.ok(only.inherited.length > 0)
      assert.ok(
        [...only.inherited, ...only.actions.flatMap((g) => g.items)].every((i) => !i.general),
      )
      assertFormatsAgree(c)
      assertFormatsAgree(only)
    })

    test('FIPS 140-2: the Level 3 validation with certificate #4218 to obtain, linked', () => {
      const c = checklist({ program: 'fips-140-2' })
      const fips = c.inherited.find((i) => i.claim?.certificate === '4218')
      assert.ok(fips, 'attestation with certificate 4218')
      assert.equal(fips.claim?.program, 'fips-140-2')
      assert.match(fips.claim?.level ?? '', /3/)
      const evidence = fips.evidence[0]
      assert.equal(evidence?.text, 'FIPS 140-2 certificate #4218')
      assert.match(evidence?.href ?? '', /4218/)
      assertFormatsAgree(c)
    })

    test('owner, topic and kind scopes narrow the actions', () => {
      const shared = checklist({ owner: 'customer', kind: 'requirement' })
      const items = shared.actions.flatMap((g) => g.items)
      assert.ok(items.length > 0)
      assert.ok(items.every((i) => i.owner === 'customer' && i.kind === 'requirement'))
      const topic = graph.topics.find((t) => t.id === 'cloudhsm.data-protection')
      assert.ok(topic)
      const scoped = checklist({ topic: 'data-protection' })
      assert.ok(
        scoped.actions.every((g) => g.topic === topic.id || topic.children.includes(g.topic)),
      )
      assertFormatsAgree(scoped)
    })

    test('deterministic: a second build gives the same bytes in every format, generation time aside', async () => {
      const again = await buildGraph({ content: corpus.root })
      for (const raw of [{}, { program: 'pci-dss' }]) {
        const scope = validateScope(graph, { service: 'cloudhsm', ...raw })
        assert.ok(scope.ok)
        const a = createChecklist(graph, scope.scope, { generatedAt: AT })
        const b = createChecklist(again, scope.scope, { generatedAt: AT })
        for (const format of ['json', 'markdown', 'csv', 'oscal'] as const) {
          assert.equal(renderChecklist(a, format).body, renderChecklist(b, format).body, format)
        }
      }
      const catalog = (g: Graph) => JSON.stringify(createOscalCatalog(g, { generatedAt: AT }))
      assert.equal(catalog(again), catalog(graph))
    })

    test(
      'OSCAL catalog and component definition validate and hold every control once',
      skipUnless(oscalSchemaFile),
      () => {
        const catalog = createOscalCatalog(graph, { generatedAt: AT })
        assert.deepEqual(validateOscal(catalog), [])
        const catalogControls = (catalog.catalog.groups ?? []).flatMap((s) =>
          (s.groups ?? []).flatMap((t) => (t.controls ?? []).map((c) => c.id)),
        )
        assert.deepEqual(
          catalogControls,
          graph.controls.map((c) => c.id),
        )

        const definition = createOscalComponentDefinition(graph, { generatedAt: AT })
        assert.deepEqual(validateOscal(definition), [])
        for (const raw of [{}, { program: 'pci-dss' }]) {
          const oscal = JSON.parse(renderChecklist(checklist(raw), 'oscal').body) as unknown
          assert.deepEqual(validateOscal(oscal), [], JSON.stringify(raw))
        }
        const components = definition['component-definition'].components ?? []
        assert.deepEqual(
          components.map((c) => c.title),
          graph.services.map((s) => s.name),
        )
        const cloudhsm = components.find((c) => c.title === 'AWS CloudHSM')
        const requirements =
          cloudhsm?.['control-implementations']?.[0]?.['implemented-requirements'] ?? []
        const expected = graph.controls.filter((c) => c.service === 'cloudhsm')
        assert.deepEqual(
          [...requirements.map((r) => r['control-id'])].sort(),
          expected.map((c) => c.id).sort(),
        )
        // The split follows the owner of each control.
        const owners = new Map(expected.map((c) => [c.id, c.owner]))
        const split = { provider: 'provided', customer: 'customer', shared: 'shared' } as const
        for (const requirement of requirements) {
          const owner = owners.get(requirement['control-id'])
          assert.ok(owner)
          const responsibility = requirement.props.find((p) => p.name === 'responsibility')?.value
          assert.equal(responsibility, split[owner])
        }
        assert.ok(
          new Set(requirements.map((r) => r.props.find((p) => p.name === 'responsibility')?.value))
            .size >= 2,
        )
      },
    )
  })
}
