/** Inflected forms of a base verb (regular rules, with a few irregulars). */
export function inflect(verb: string): string[] {
  const [head = verb, ...rest] = verb.split(' ')
  const tail = rest.length ? ` ${rest.join(' ')}` : ''
  const irregular: Record<string, string[]> = {
    run: ['runs', 'ran', 'running'],
    keep: ['keeps', 'kept', 'keeping'],
    make: ['makes', 'made', 'making'],
    set: ['sets', 'setting'],
    put: ['puts', 'putting'],
    give: ['gives', 'gave', 'given', 'giving'],
    back: ['backs', 'backed', 'backing'],
    log: ['logs', 'logged', 'logging'],
    fail: ['fails', 'failed', 'failing'],
  }
  let forms: string[]
  if (irregular[head]) forms = irregular[head]
  else if (/[^aeiou]y$/.test(head))
    forms = [`${head.slice(0, -1)}ies`, `${head.slice(0, -1)}ied`, `${head}ing`]
  else if (head.endsWith('e')) forms = [`${head}s`, `${head}d`, `${head.slice(0, -1)}ing`]
  else if (/(s|sh|ch|x|z)$/.test(head)) forms = [`${head}es`, `${head}ed`, `${head}ing`]
  else if (/[^aeiou][aeiou][pgt]$/.test(head) && head.length <= 4)
    forms = [`${head}s`, `${head}${head.at(-1)}ed`, `${head}${head.at(-1)}ing`]
  else forms = [`${head}s`, `${head}ed`, `${head}ing`]
  return [head, ...forms].map((form) => form + tail)
}
