import type { Owner } from '../../model/control.ts'

/**
 * Callout markers that open a blockquote in GitHub and DocFX (`> [!NOTE]`) or stand alone in
 * DocFX (`> [!div class="…"]`): markup, never part of a statement.
 */
export const ALERT_MARKER =
  /^\s*\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION|DANGER|INFO|div\b[^\]]*)\]\s*/i

/** A DocFX include (`[!INCLUDE [name](path)]`) as the text of a whole paragraph. */
export const INCLUDE = /^\s*\[!INCLUDE\s*\[[^\]]*\]\(([^)]*)\)\s*\]\s*$/i

/**
 * Words that name a party in a responsibility field or a matrix column, by the owner they mean.
 * Checked as whole words against the lower-cased value; the first row that fits wins, so
 * "Shared" is read before the names of the parties it joins.
 */
export const PARTY_WORDS: readonly { owner: Owner; words: RegExp }[] = [
  { owner: 'shared', words: /\b(?:shared|both|joint(?:ly)?)\b/ },
  {
    owner: 'customer',
    words: /\b(?:customers?|you|users?|tenants?|clients?|consumers?|feature owner)\b/,
  },
  {
    owner: 'provider',
    words:
      /\b(?:providers?|cloud provider|microsoft|aws|amazon|google|azure|oracle|ibm|vendors?)\b/,
  },
]

/** Values of a responsibility field that assign the duty to nobody in particular. */
export const NO_PARTY = /^(?:n\/?a|none|not applicable|-|—)$/i

/** Labels of a field that states who owns the duties of its section. */
export const RESPONSIBILITY_LABEL = /\bresponsib(?:le|ility)\b/i

/**
 * `**Owner**: …` states a party only sometimes: pages also name their author or team that way
 * ("Owner: Platform security team"), so an owner field that names no party is not reported.
 */
export const OWNER_LABEL = /^(?:(?:control|duty)\s+)?owner(?:ship)?$/i

/** Cell marks of a responsibility matrix that put a row's duty on the column's party. */
export const MATRIX_MARK = /^(?:✓|✔|✅|☑|x|yes|y|responsible|owner|•|●|r)$/i

/**
 * A MkDocs admonition (`!!! note "Title"`, `!!! tip inline end`) or a collapsible block of
 * pymdownx.details (`??? warning`, `???+ note`): the line is markup, its body the lines indented
 * four spaces (or a tab) below it.
 */
export const ADMONITION =
  /^(?:!!!|\?\?\?\+?)[ \t]+[A-Za-z][\w-]*(?:[ \t]+[\w-]+)*(?:[ \t]+"[^"]*")?[ \t]*\r?$/

/** A Hugo shortcode, paired (`{{< note >}}` … `{{< /note >}}`, `{{% … %}}`) or self-closing. */
export const SHORTCODE = /\{\{<[^\n]*?>\}\}|\{\{%[^\n]*?%\}\}/g

/** `[text]({{< ref "page.md" >}})`: a Hugo link whose target the shortcode names. */
export const SHORTCODE_LINK_TARGET = /^\{\{[<%]\s*(?:rel)?ref\s+"([^"\s]+)"\s*[>%]\}\}$/
