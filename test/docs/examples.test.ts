import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '..', '..')
const OUT = join(ROOT, 'test', '.generated')

/** The ```ts blocks of a Markdown file, in order. */
function codeBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] ?? '')
}

/** What each `console.log(...) //=> expected` line of a block promises, in order. */
function promisedOutputs(block: string): string[] {
  return [...block.matchAll(/\/\/=> (.*)$/gm)].map((match) => (match[1] ?? '').trim())
}

/**
 * Runs a block as a module: `vn-task-sla` resolves to the source, and `console.log` is captured, so
 * that every printed line can be compared with the `//=>` comment the documentation shows.
 */
async function runBlock(block: string, name: string): Promise<string[]> {
  mkdirSync(OUT, { recursive: true })
  const source = block
    .replace(/from 'vn-task-sla\/testing'/g, `from ${JSON.stringify(join(ROOT, 'src', 'testing', 'index.ts'))}`)
    .replace(/from 'vn-task-sla\/date-holidays'/g, `from ${JSON.stringify(join(ROOT, 'src', 'date-holidays', 'index.ts'))}`)
    .replace(/from 'vn-task-sla\/core'/g, `from ${JSON.stringify(join(ROOT, 'src', 'core-entry', 'index.ts'))}`)
    .replace(/from 'vn-task-sla\/json-schemas'/g, `from ${JSON.stringify(join(ROOT, 'src', 'json-schemas', 'index.ts'))}`)
    .replace(/from 'vn-task-sla'/g, `from ${JSON.stringify(join(ROOT, 'src', 'index.ts'))}`)
    .replace(/console\.log\(/g, '__log(')
  const file = join(OUT, `${name}.ts`)
  writeFileSync(
    file,
    `const __printed: string[] = []\nconst __log = (...values: unknown[]) => { __printed.push(values.map(String).join(' ')) }\n${source}\nexport default __printed\n`,
  )
  const module = (await import(pathToFileURL(file).href)) as { default: string[] }
  return module.default
}

const DOCUMENTS = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
]

describe('README.md', () => {
  it('has TypeScript examples', () => {
    expect(codeBlocks(readFileSync(join(ROOT, 'README.md'), 'utf8')).length).toBeGreaterThan(0)
  })
})

for (const document of DOCUMENTS) {
  const blocks = codeBlocks(readFileSync(join(ROOT, document), 'utf8'))
  if (blocks.length === 0) continue
  describe(`examples of ${document}`, () => {
    blocks.forEach((block, index) => {
      it(`example ${index + 1} runs as written and prints what it promises`, async () => {
        const printed = await runBlock(block, `${document.replace(/[/.]/g, '-')}-${index + 1}`)
        expect(printed).toEqual(promisedOutputs(block))
      })
    })
  })
}
