/// <reference lib="dom" />

export type Child = Node | string | number | null | undefined | false

export interface Props {
  className?: string
  /** Attributes set with setAttribute: our own constants and ids, never markup. */
  attrs?: Record<string, string | undefined>
  on?: Partial<Record<keyof HTMLElementEventMap, (event: Event) => void>>
}

/**
 * Creates an element whose string children become text nodes. This is the only way the UI builds
 * DOM: content from the graph is data and is never parsed as HTML.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props | null = null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  if (props?.className) element.className = props.className
  for (const [name, value] of Object.entries(props?.attrs ?? {})) {
    if (value !== undefined) element.setAttribute(name, value)
  }
  for (const [type, listener] of Object.entries(props?.on ?? {})) {
    element.addEventListener(type, listener)
  }
  append(element, children)
  return element
}

/** Appends children, strings and numbers as text nodes. */
export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)))
  }
}

/** Replaces every child of `parent`. */
export function replaceChildren(parent: Element | ShadowRoot, ...children: Child[]): void {
  parent.replaceChildren()
  append(parent, children)
}
