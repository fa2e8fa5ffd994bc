/**
 * Inline Markdown text that renders (and parses back) as exactly `text`: whitespace runs become
 * one space and every character that can start inline syntax, an entity or a table cell boundary
 * is backslash-escaped. URL and e-mail literals are broken up too (`http\://`, `www\.`, `\@`):
 * GFM autolink literals would otherwise swallow the escapes that follow them.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>&|~!#@]/g, '\\$&')
    .replace(/(https?|ftp|mailto|xmpp)(?=:)/gi, '$1\\')
    .replace(/(www)\./gi, '$1\\.')
}
