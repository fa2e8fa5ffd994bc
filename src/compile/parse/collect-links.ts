import type { Definition, Html, Link as MdastLink, LinkReference, Nodes } from 'mdast'

/** A link node with the URL it points to (for references, the definition's URL). */
export interface FoundLink {
  node: MdastLink | LinkReference
  url: string
}

/**
 * Links under `node` in document order; `onHtml` sees every HTML node on the way (for inline
 * anchors). Iterative, so deeply nested input cannot overflow the stack.
 */
export function collectLinks(
  node: Nodes,
  definitions: Map<string, Definition>,
  onHtml?: (html: Html) => void,
): FoundLink[] {
  const found: FoundLink[] = []
  const stack: Nodes[] = [node]
  while (stack.length > 0) {
    const current = stack.pop() as Nodes
    if (current.type === 'html') onHtml?.(current)
    if (current.type === 'link') found.push({ node: current, url: current.url })
    if (current.type === 'linkReference') {
      const definition = definitions.get(current.identifier.toLowerCase())
      if (definition) found.push({ node: current, url: definition.url })
    }
    if ('children' in current) {
      for (let i = current.children.length - 1; i >= 0; i--)
        stack.push(current.children[i] as Nodes)
    }
  }
  return found
}
