// Module hooks for start-up tests: every module file a process loads under src/ is written to
// stderr as `loaded <url>`, so a test can see what a start pulls in.
export async function load(url, context, next) {
  if (url.includes('/src/')) process.stderr.write(`loaded ${url}\n`)
  return next(url, context)
}
