// Starts Redoc on /docs. This script runs before Redoc's standalone bundle: the page's CSP admits
// inline <style> elements only with the per-request nonce that the server put on this script tag,
// and the bundle injects styles of two kinds, styled-components sheets (which take Redoc's `nonce`
// option) and a stylesheet of its scrollbar package, inserted while the bundle loads, before any
// option can reach it. So every <style> element created on this page gets the nonce at birth.

interface RedocGlobal {
  init(
    specUrl: string,
    options: Record<string, unknown>,
    element: HTMLElement | null,
    callback?: (error?: unknown) => void,
  ): void
}

declare const Redoc: RedocGlobal

const script = document.currentScript
const nonce = script instanceof HTMLScriptElement ? script.nonce : ''
const specUrl = script?.dataset.spec ?? '/openapi.json'

const createElement = document.createElement.bind(document)
document.createElement = ((tagName: string, options?: ElementCreationOptions) => {
  const element = createElement(tagName, options)
  if (element instanceof HTMLStyleElement) element.nonce = nonce
  return element
}) as typeof document.createElement

// The bundle is the next script of the page, so Redoc exists once the document is parsed.
document.addEventListener('DOMContentLoaded', () => {
  Redoc.init(
    specUrl,
    { nonce, hideHostname: true, expandResponses: '200', jsonSampleExpandLevel: 3 },
    document.getElementById('reference'),
  )
})
