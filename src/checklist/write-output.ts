import { writeFileAtomic } from '../support/write-file-atomic.ts'

/** Writes a command's output to `out` (atomically), or to stdout when no file is given. */
export async function writeOutput(body: string, out: string | undefined): Promise<void> {
  if (out === undefined || out === '-') {
    await new Promise<void>((resolve, reject) =>
      process.stdout.write(body, (error) => (error ? reject(error) : resolve())),
    )
    return
  }
  await writeFileAtomic(out, body)
}
