import type { Control } from '../../model/control.ts'

export interface ControlRef {
  id: string
  statement: string
  kind: Control['kind']
  owner: Control['owner']
  topic: string
  section: string | null
}

export function controlRef(control: Control): ControlRef {
  const { id, statement, kind, owner, topic, section } = control
  return { id, statement, kind, owner, topic, section }
}

export interface TitleRef {
  id: string
  title: string
}

export function titleRef(node: { id: string; title: string }): TitleRef {
  return { id: node.id, title: node.title }
}
