// Writes the JSON Schemas of src/json-schemas/registry.ts to schemas/ (`npm run schemas`): one file per
// schema and index.json, and removes the files of schemas that no longer exist, so that the
// folder is exactly what the registry generates. test/package/json-schemas.test.ts checks it.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { jsonSchemaFiles } from '../src/json-schemas/json-schema-files.js'

const folder = join(import.meta.dirname, '..', 'schemas')
mkdirSync(folder, { recursive: true })
const files = jsonSchemaFiles()
const wanted = new Set(files.map(({ file }) => file))
let written = 0
for (const { file, text } of files) {
  const path = join(folder, file)
  let current: string | undefined
  try {
    current = readFileSync(path, 'utf8')
  } catch {
    current = undefined
  }
  // Unchanged files are left alone, so their modification times say what a run changed.
  if (current === text) continue
  writeFileSync(path, text)
  written += 1
}
const stale = readdirSync(folder).filter((file) => file.endsWith('.json') && !wanted.has(file))
for (const file of stale) rmSync(join(folder, file))
process.stdout.write(`schemas/: ${files.length} files, ${written} written, ${stale.length} removed\n`)
