import remarkDirective from 'remark-directive'
import type { Processor } from 'unified'

/**
 * remark-directive's block forms only: `:::note` containers and `::name` leaves. Its inline
 * form (`:name[…]`) is left out because security prose is full of colons before words
 * (`arn:aws:kms:…`, `s3:GetObject`, `10:30`), which it would read as directives.
 */
export function remarkFlowDirectives(this: Processor): void {
  const data = this.data()
  const before = data.micromarkExtensions?.length ?? 0
  remarkDirective.call(this)
  // The extension remark-directive adds holds its inline construct under `text`, nothing else.
  for (const extension of (data.micromarkExtensions ?? []).slice(before)) delete extension.text
}
