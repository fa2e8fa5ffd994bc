import assert from 'node:assert/strict'
import { test } from 'node:test'
import { serviceReader } from '../../../src/compile/extract/service-reader.ts'
import type { Service } from '../../../src/model/service.ts'
import { loadTestPrograms } from './load-test-programs.ts'

const vault: Service = {
  id: 'vault',
  name: 'Example Vault',
  provider: 'AWS',
  rootTopic: '',
  dir: '.',
}

test("a build's pages of one service share a reader; another service or build gets its own", () => {
  const programs = loadTestPrograms()
  const reader = serviceReader(vault, programs)
  assert.equal(serviceReader(vault, programs), reader)
  assert.notEqual(serviceReader({ ...vault, id: 'box', name: 'Example Box' }, programs), reader)
  // Each build derives its own programs array: nothing learnt carries over to the next build.
  assert.notEqual(serviceReader(vault, [...programs]), reader)
})

test('a sentence read out of context is read once, and reads the same in context', () => {
  const { classifier } = serviceReader(vault, loadTestPrograms())
  const alone = classifier.classify('Required')
  assert.equal(classifier.classify('Required'), alone)
  const rotate = classifier.classify('You must rotate the vault keys every year.')
  const previous = classifier.classify('Keys protect the data.')
  const inContext = classifier.classify('You must rotate the vault keys every year.', { previous })
  assert.notEqual(inContext, rotate, 'a sentence with a context is read afresh')
  assert.deepEqual(
    [inContext.control, inContext.owner, inContext.kind],
    [rotate.control, rotate.owner, rotate.kind],
  )
})
