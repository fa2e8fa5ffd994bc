import { relative } from 'node:path'
import { apiArtefactsDir } from './api-artefacts.ts'
import { findOpenApiFile } from './load-openapi-document.ts'
import { writeApiArtefacts } from './write-api-artefacts.ts'

// `node --import tsx src/api/build-api-artefacts.ts [DIR]` (part of `npm run build`): derives the
// start-up artefacts from openapi/openapi.yaml into DIR (default dist/openapi/).
const file = findOpenApiFile()
const report = await writeApiArtefacts(file, process.argv[2] ?? apiArtefactsDir(file))
console.log(
  `secgraph API artefacts (${report.operations} operations, openapi.yaml ${report.sourceHash.slice(0, 12)}):\n` +
    report.files
      .map(
        (f) =>
          `  ${relative(process.cwd(), f.file).padEnd(36)} ${String(f.bytes).padStart(9)} bytes`,
      )
      .join('\n'),
)
