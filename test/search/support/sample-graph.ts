import type { Graph } from '../../../src/model/index.ts'
import { makeGraph } from './make-graph.ts'

/** A small graph exercising every searchable field, with ids that say what each control is. */
export function sampleGraph(): Graph {
  return makeGraph({
    topics: [
      { id: 'svc.security', title: 'Security in Example Service' },
      { id: 'svc.data-protection', title: 'Data protection', parent: 'svc.security' },
      { id: 'svc.compliance', title: 'Compliance validation', parent: 'svc.security' },
    ],
    sections: [
      { id: 'svc.data-protection.rest', title: 'Encryption at rest', topic: 'svc.data-protection' },
      { id: 'svc.data-protection.transit', title: 'Key rotation', topic: 'svc.data-protection' },
    ],
    controls: [
      {
        id: 'rotate',
        statement: 'Rotate your keys every year.',
        topic: 'svc.data-protection',
        section: 'svc.data-protection.transit',
        owner: 'customer',
        kind: 'recommendation',
      },
      {
        id: 'at-rest',
        statement: 'Data is encrypted at rest with AES-256.',
        topic: 'svc.data-protection',
        section: 'svc.data-protection.rest',
        owner: 'provider',
        kind: 'guarantee',
      },
      {
        id: 'backups',
        statement: 'Backups are stored in another Region.',
        topic: 'svc.data-protection',
        section: 'svc.data-protection.rest',
        owner: 'provider',
        kind: 'guarantee',
      },
      {
        id: 'tls',
        statement: 'Use TLS 1.2 certificates and encryption for every connection.',
        topic: 'svc.data-protection',
        owner: 'customer',
        kind: 'requirement',
        origin: 'annotated',
        confidence: 1,
      },
      {
        id: 'soc',
        statement: 'The service is in scope of SOC 2 and PCI 3DS assessments.',
        topic: 'svc.compliance',
        owner: 'provider',
        kind: 'guarantee',
        programs: ['pci-3ds', 'soc-2'],
      },
      {
        id: 'dss',
        statement: 'Cardholder data handling is assessed each year.',
        topic: 'svc.compliance',
        owner: 'shared',
        kind: 'requirement',
        programs: ['pci-dss'],
      },
      {
        id: 'fips',
        statement: 'The HSMs are validated at Level 3.',
        topic: 'svc.compliance',
        owner: 'provider',
        kind: 'capability',
        programs: ['fips-140-2'],
      },
      {
        id: 'keys-rotate',
        statement: 'Rotate keys after staff leave.',
        service: 'other',
        topic: 'svc.security',
        owner: 'shared',
        kind: 'recommendation',
      },
    ],
  })
}
