import type { Link } from '../../model/link.ts'
import type { Section } from '../../model/section.ts'
import type { Source } from '../../model/source.ts'
import type { Topic } from '../../model/topic.ts'
import type { GraphIndex } from '../graph-index.ts'
import type { ControlStats } from './control-stats.ts'
import { controlStats } from './control-stats.ts'
import type { TitleRef } from './refs.ts'
import { titleRef } from './refs.ts'

export interface TopicCounts {
  sections: number
  controls: number
}

export interface TopicSummary extends Topic {
  counts: TopicCounts
}

export interface TopicTreeNode {
  id: string
  service: string
  title: string
  counts: TopicCounts
  children: TopicTreeNode[]
}

export interface TopicList {
  view: 'flat'
  items: TopicSummary[]
  total: number
}

export interface TopicTree {
  view: 'tree'
  items: TopicTreeNode[]
  total: number
}

export interface TopicDetail {
  id: string
  service: string
  title: string
  anchor: string
  parent: TitleRef | null
  children: TitleRef[]
  source: Source
  sections: Section[]
  controls: ControlStats & { href: string }
  links: Link[]
}

function counts(index: GraphIndex, topic: Topic): TopicCounts {
  return {
    sections: index.sectionsByTopic.get(topic.id)?.length ?? 0,
    controls: index.controlsByTopic.get(topic.id)?.length ?? 0,
  }
}

export function topicList(index: GraphIndex, topics: readonly Topic[]): TopicList {
  return {
    view: 'flat',
    items: topics.map((topic) => ({ ...topic, counts: counts(index, topic) })),
    total: topics.length,
  }
}

/** Roots are topics whose parent is null or outside the selection; children keep Topics-list order. */
export function topicTree(index: GraphIndex, topics: readonly Topic[]): TopicTree {
  const selected = new Set(topics.map((t) => t.id))
  const visited = new Set<string>()
  const node = (topic: Topic): TopicTreeNode => {
    visited.add(topic.id)
    const children = topic.children
      .map((id) => index.topics.get(id))
      .filter((t): t is Topic => t !== undefined && selected.has(t.id) && !visited.has(t.id))
    return {
      id: topic.id,
      service: topic.service,
      title: topic.title,
      counts: counts(index, topic),
      children: children.map(node),
    }
  }
  const roots = topics.filter((t) => t.parent === null || !selected.has(t.parent))
  return { view: 'tree', items: roots.map(node), total: topics.length }
}

export function topicDetail(index: GraphIndex, topic: Topic): TopicDetail {
  const parent = topic.parent === null ? undefined : index.topics.get(topic.parent)
  return {
    id: topic.id,
    service: topic.service,
    title: topic.title,
    anchor: topic.anchor,
    parent: parent ? titleRef(parent) : null,
    children: topic.children
      .map((id) => index.topics.get(id))
      .filter((t): t is Topic => t !== undefined)
      .map(titleRef),
    source: topic.source,
    sections: index.sectionsByTopic.get(topic.id) ?? [],
    controls: {
      ...controlStats(index.controlsByTopic.get(topic.id) ?? []),
      href: `/v1/controls?topic=${encodeURIComponent(topic.id)}`,
    },
    links: index.linksByTopic.get(topic.id) ?? [],
  }
}
