import type { Diagnostic, Severity } from '../model/diagnostic.ts'

/** How one diagnostic code is reported: its severity, message template and fixed hint. */
export interface DiagnosticSpec {
  severity: Severity
  /** When it happens and what the build does next; docs/reference/diagnostics.md is generated from it. */
  description: string
  /** `{name}` placeholders are filled from the params given to `createDiagnostic`. */
  message: string
  hint: string
}

/**
 * Every diagnostic the build can report. Codes are permanent: tools and CI scripts match on them,
 * so never rename one — add a new code instead.
 */
export const DIAGNOSTICS = {
  'missing-content': {
    severity: 'error',
    description:
      'The content directory given with --content does not exist or cannot be listed. Nothing is built.',
    message: 'Content directory {dir} cannot be read: {reason}',
    hint: 'Pass an existing directory with --content.',
  },
  'no-pages': {
    severity: 'error',
    description:
      'Neither the content root nor any of its sub-folders holds a .md page. Nothing is built.',
    message: 'No Markdown pages found in {dir}',
    hint: 'Put .md pages in the content root (one service) or in one sub-folder per service.',
  },
  'invalid-programs-file': {
    severity: 'error',
    description:
      'programs.yml is not valid YAML or not a list, or an entry is malformed (unknown key, missing field, non-slug or duplicate id, unknown kind). Malformed entries are left out; the valid ones still apply.',
    message: 'Program vocabulary is invalid: {reason}',
    hint: 'programs.yml must be a YAML list of {id, name, aliases, kind, issuer, url} objects.',
  },
  'missing-programs-file': {
    severity: 'error',
    description:
      'Neither the content root nor the project has a programs.yml, so no statement can name a compliance program.',
    message: 'No programs.yml found in the content root nor in the project',
    hint: 'Add a programs.yml program vocabulary to the content root.',
  },
  'invalid-catalog-file': {
    severity: 'error',
    description:
      "A file in catalogs/ (the content root's, else the project's content/catalogs/) is not JSON or not shaped like a shipped catalog (catalog id, requirements with ids, labels, titles, baselines, related ids and text). The file is left out; controls are mapped to the other catalogs.",
    message: 'Requirement catalog {path} is invalid: {reason}',
    hint: 'Re-derive content/catalogs/ with `npm run catalogs`, or remove the file.',
  },
  'invalid-service-file': {
    severity: 'error',
    description:
      'A service.yml is not a mapping of the known string keys (id, name, provider, root, sourceUrl). The service falls back to the values derived from its root page.',
    message: 'service.yml is invalid: {reason}',
    hint: 'service.yml must be a YAML mapping with optional string fields id, name, provider, root, sourceUrl.',
  },
  'invalid-source-url': {
    severity: 'warning',
    description:
      'The `sourceUrl` template of a service.yml names a placeholder other than {path}, {file}, {anchor} and {line}, or does not expand to an absolute http(s) URL. The service is built without it: exports link its statements through --source-base, or relative to the content folder.',
    message: 'sourceUrl {template} cannot be used: {reason}',
    hint: 'Write the published page address with {path} (page without .md), {file}, {anchor} and {line}, e.g. https://docs.example.com/vault/{path}.html#{anchor}.',
  },
  'missing-root-page': {
    severity: 'error',
    description:
      'A service folder has no root page: no security.md, no page titled "Security in …" or "Security of …", or the page named by --root or service.yml does not exist. The service is left out of the graph.',
    message: 'No root page for the service in {dir}: {reason}',
    hint: 'Add security.md, set `root` in service.yml, or pass --root PAGE.',
  },
  'unreadable-file': {
    severity: 'error',
    description:
      'A page cannot be read, e.g. a directory named x.md or a file without read permission. The page is left out; the rest of the build goes on.',
    message: 'Cannot read {path}: {reason}',
    hint: 'Make the file a readable regular file, or remove it from the content.',
  },
  'invalid-utf8': {
    severity: 'error',
    description:
      'A page is not valid UTF-8; the location points at the first bad byte. The page is left out.',
    message: '{path} is not valid UTF-8 (first bad byte at offset {offset})',
    hint: 'Save the page as UTF-8.',
  },
  'nesting-too-deep': {
    severity: 'warning',
    description:
      'Lists or block quotes nest deeper than 128 columns of indentation and `>` markers. The deeper lines are flattened before parsing, because the Markdown parser slows down sharply with depth; statements in them are still extracted.',
    message:
      'Lists or quotes in {path} nest deeper than {max} columns of indentation and `>` markers; deeper lines were flattened',
    hint: 'Flatten the lists or quotes: such nesting is neither readable nor parsed in reasonable time.',
  },
  'processing-failed': {
    severity: 'error',
    description:
      'An unexpected failure while processing one page: a secgraph bug. The page is left out and the rest of the build goes on.',
    message: 'Processing {path} failed during {stage}: {reason}',
    hint: 'This is a secgraph bug triggered by this page; please report it with the page attached.',
  },
  'duplicate-id': {
    severity: 'error',
    description:
      'Two nodes would get the same id, e.g. two pages with one anchor or two controls pinned to one id. The later node is left out.',
    message: 'Id {id} is used by more than one {type} (first at {first})',
    hint: 'Give one of the headings or pages a distinct <a name> anchor, or pin a control id.',
  },
  'option-ignored': {
    severity: 'warning',
    description:
      '--root or --service was given for a content root that holds several services; the option is ignored.',
    message:
      '{option} applies only to a content root holding one service; ignored for {count} services',
    hint: "Set the root page or id in each service folder's service.yml instead.",
  },
  'missing-title': {
    severity: 'warning',
    description: 'A page has no # title; its file name stands in for the title.',
    message: 'Page has no # title heading; using "{title}"',
    hint: 'Start the page with `# Title<a name="anchor"></a>`.',
  },
  'duplicate-anchor': {
    severity: 'warning',
    description:
      'An explicit <a name> anchor repeats on a page. The later heading gets the anchor with -2, -3… appended.',
    message: 'Anchor "{anchor}" is used more than once on the page; this one becomes "{renamed}"',
    hint: 'Give each heading on a page its own anchor.',
  },
  'front-matter-invalid': {
    severity: 'warning',
    description:
      'The YAML front matter at the top of a page cannot be parsed, or is not a mapping. It is left out of the page all the same; the title comes from the # heading or the file name.',
    message: 'Front matter cannot be read ({reason}), so its title is not used',
    hint: 'Write the front matter as YAML key: value lines between two --- lines; quote values that hold a colon.',
  },
  'front-matter-unterminated': {
    severity: 'warning',
    description:
      'A page starts with --- and key: value lines but no closing ---. The lines up to the first blank line are left out, so the keys are not read as statements.',
    message:
      'Front matter opened by --- is never closed; its key lines, up to the first blank line, were left out of the page',
    hint: 'Close the front matter with a --- line.',
  },
  'include-not-followed': {
    severity: 'warning',
    description:
      'A DocFX `[!INCLUDE [name](path)]` line. The build does not insert included files; the line is left out of the page.',
    message: 'Include of {path} is not followed; the included text is not part of this page',
    hint: 'Add the included file to the content as a page of its own, or write its text into the page.',
  },
  'responsibility-unknown': {
    severity: 'warning',
    description:
      'A `**Responsibility**: value` field or responsibility table names no party the build knows (customer, provider, shared and their usual names). Ownership of the section is inferred as usual.',
    message: 'Responsibility "{value}" names no party, so it sets no owner',
    hint: 'Write Customer, Provider (or the provider by name), or Shared.',
  },
  'orphan-annotation': {
    severity: 'warning',
    description:
      'A secgraph annotation comment is followed by a heading or by nothing, so it applies to no statement. It is ignored.',
    message: 'secgraph annotation is not followed by a paragraph or list, so it applies to nothing',
    hint: 'Put the annotation comment on the line directly above the block it describes.',
  },
  'missing-topics-list': {
    severity: 'warning',
    description:
      'The root page has no **Topics** list, so the chapter is the root page alone (unless the build runs with --all-pages).',
    message: 'Root page has no **Topics** list, so the chapter has no sub-pages',
    hint: 'Add a **Topics** paragraph followed by a list of links to the chapter pages, or build with --all-pages.',
  },
  'duplicate-topic': {
    severity: 'warning',
    description:
      'A Topics list names a page that already has a place in the topic tree. The page keeps its first place.',
    message: 'Topics list links {href} again; the page already sits at {first} in the topic tree',
    hint: 'List each page in exactly one Topics list.',
  },
  'empty-page': {
    severity: 'warning',
    description: 'A page of the graph has nothing but, at most, a title.',
    message: 'Page {path} has no content',
    hint: 'Write the page or remove it (and the links to it).',
  },
  'broken-link': {
    severity: 'warning',
    description:
      'An internal link points to a file that does not exist or lies outside the content root. The link is kept without a target.',
    message: 'Link to {href} points to a file that does not exist',
    hint: 'Fix the file name or remove the link.',
  },
  'missing-anchor': {
    severity: 'warning',
    description:
      'A link names an anchor that its target page (a page of the graph) does not define. The link is kept without a target.',
    message: 'Link to {href}: page {path} has no anchor "{anchor}"',
    hint: 'Link to an existing heading anchor, or add <a name="{anchor}"></a> to the intended heading.',
  },
  'unreachable-page': {
    severity: 'warning',
    description:
      "With --all-pages: no chain of links leads to the page from the root page or from the folder's index.md.",
    message: 'Page {path} is not reachable by links from the root page or index.md',
    hint: "Link the page from a parent page's **Topics** list or from index.md, or remove it.",
  },
  'annotation-syntax': {
    severity: 'error',
    description:
      'A secgraph annotation cannot be read: an unknown key, a key without a value, a malformed id, skip together with control, an empty annotation, or control without a kind or owner. The valid parts of the annotation still apply.',
    message: 'Cannot parse secgraph annotation: {reason}',
    hint: 'Write `<!-- secgraph: key=value flag … -->` with keys owner, kind, programs, id and flags skip, control.',
  },
  'annotation-unknown-owner': {
    severity: 'error',
    description:
      'An annotation names an owner other than provider, customer or shared. The owner is inferred instead.',
    message: 'Unknown owner "{value}" in secgraph annotation',
    hint: 'Use owner=provider, owner=customer or owner=shared.',
  },
  'annotation-unknown-kind': {
    severity: 'error',
    description:
      'An annotation names a kind other than requirement, recommendation, guarantee or capability. The kind is inferred instead.',
    message: 'Unknown kind "{value}" in secgraph annotation',
    hint: 'Use kind=requirement, kind=recommendation, kind=guarantee or kind=capability.',
  },
  'annotation-unknown-program': {
    severity: 'error',
    description:
      'An annotation names a program id that is not in programs.yml. The other programs of the annotation still apply.',
    message: 'Unknown program "{value}" in secgraph annotation',
    hint: 'Use canonical program ids from programs.yml.',
  },
  'annotation-unknown-requirement': {
    severity: 'error',
    description:
      'A requirements= value of a secgraph annotation names no requirement of the shipped catalogs (a withdrawn or mistyped id). The value is dropped; the rest of the annotation applies.',
    message: 'Unknown requirement "{value}" in secgraph annotation',
    hint: 'Use catalog ids such as sc-28, ia-2.1 or nist-800-53-r5:sc-28 (content/catalogs/).',
  },
  'annotation-id-ambiguous': {
    severity: 'error',
    description:
      'An annotation pins an id but covers more than one control. No id is pinned; the controls keep their generated ids.',
    message: 'secgraph annotation pins id "{value}" but applies to {count} controls',
    hint: 'Put id= only on an annotation that applies to exactly one statement (use an inline annotation).',
  },
} as const satisfies Record<string, DiagnosticSpec>

/** A diagnostic code from the catalog. */
export type DiagnosticCode = keyof typeof DIAGNOSTICS

/** Where a diagnostic points: file relative to the content root, 1-based line and column. */
export interface DiagnosticLocation {
  file: string
  line: number
  column: number
}

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  )
}

/** Builds a diagnostic from the catalog, filling `{name}` placeholders of message and hint. */
export function createDiagnostic(
  code: DiagnosticCode,
  location: DiagnosticLocation,
  params: Record<string, string | number> = {},
): Diagnostic {
  const spec: DiagnosticSpec = DIAGNOSTICS[code]
  return {
    code,
    severity: spec.severity,
    message: fill(spec.message, params),
    hint: fill(spec.hint, params),
    file: location.file,
    line: location.line,
    column: location.column,
  }
}
