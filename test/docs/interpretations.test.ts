import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as api from '../../src/index.js'
import { AlertThresholds, DEFAULT_INDICATORS, isVnTaskSlaError, PeriodOptions, UpdateScheduleSettings } from '../../src/index.js'

// docs/interpretations.md is the package's interpretation register. The code, the tests, the golden fixtures
// and the documents cite its entries as `B<n>`; this file holds every citation to a heading of the register,
// the register to its fixed layout, every option it names to the package, and every link it makes to a file.

const ROOT = join(import.meta.dirname, '..', '..')
const REGISTER_PATH = 'docs/interpretations.md'
const REGISTER = readFileSync(join(ROOT, REGISTER_PATH), 'utf8')
const ENTRY_COUNT = 19

// --- Citations ---------------------------------------------------------------------------------------------

const CITATION = /\bB(\d{1,2})\b/g

/**
 * Folders never scanned: installed packages, and generated copies that git ignores (.gitignore), whose
 * sources are scanned themselves: test/.generated holds the ```ts blocks of README.md and docs/ that
 * test/docs/examples.test.ts runs, docs/api the TypeDoc build of src/, examples/notebooks/.executed the
 * executed notebooks (their base64 chart outputs could hold a `B12` between two `+`). A stale copy of an
 * old document must not fail the check.
 */
const NEVER_SCANNED = new Set(['test/.generated', 'docs/api', 'examples/notebooks/.executed'])

function filesUnder(folder: string, keep: (path: string) => boolean): string[] {
  if (!existsSync(join(ROOT, folder))) return []
  return readdirSync(join(ROOT, folder)).flatMap((name) => {
    const path = `${folder}/${name}`
    if (NEVER_SCANNED.has(path) || name === 'node_modules') return []
    return statSync(join(ROOT, path)).isDirectory() ? filesUnder(path, keep) : keep(path) ? [path] : []
  })
}

const every = (): boolean => true

/** The files that may cite an entry: all of src (code and golden JSON), examples and test; docs' Markdown; README, CHANGELOG. */
const CITING_FILES = [
  ...filesUnder('src', every),
  ...filesUnder('docs', (path) => path.endsWith('.md')),
  'README.md',
  'CHANGELOG.md',
  ...filesUnder('examples', every),
  ...filesUnder('test', every),
]

/**
 * What the regex catches was read by hand when this test was written: about 60 files, every match a citation
 * of the register (`B8`, `(B14, as written)`, `B2–B7`), none an identifier or a code. So, beside the generated
 * folders above, the only exclusion is a binary file (one holding a NUL byte), where a byte pattern is no
 * citation. A range `B2–B7` is checked at its two ends.
 */
function citationsIn(path: string): { path: string; line: number; entry: number }[] {
  const text = readFileSync(join(ROOT, path), 'utf8')
  if (text.includes('\u0000')) return []
  return text
    .split('\n')
    .flatMap((line, index) => [...line.matchAll(CITATION)].map((match) => ({ path, line: index + 1, entry: Number(match[1]) })))
}

const HEADED_ENTRIES = new Set([...REGISTER.matchAll(/^## B(\d{1,2})\. /gm)].map((match) => Number(match[1])))

describe(`every B<n> cited resolves to a heading of ${REGISTER_PATH}`, () => {
  const citations = CITING_FILES.flatMap(citationsIn)

  it('finds the citations of src/, docs/, test/ and the golden files', () => {
    const citingFolders = new Set(citations.map((citation) => citation.path.split('/')[0]))
    expect([...citingFolders].sort()).toEqual(expect.arrayContaining(['docs', 'src', 'test']))
    expect(citations.some((citation) => citation.path.startsWith('src/testing/golden/'))).toBe(true)
  })

  it('leaves no citation unresolved (each listed as file:line: B<n>)', () => {
    const unresolved = citations
      .filter((citation) => !HEADED_ENTRIES.has(citation.entry))
      .map((citation) => `${citation.path}:${citation.line}: B${citation.entry}`)
    expect(unresolved).toEqual([])
  })
})

// --- The register's layout ---------------------------------------------------------------------------------

type Entry = { readonly number: number; readonly heading: string; readonly body: string }

/** Every `## ` section of the register whose heading starts with `B`, in the order of the page. */
function entries(): Entry[] {
  const sections = REGISTER.split(/^(?=## )/m).filter((section) => section.startsWith('## B'))
  return sections.map((section) => {
    const heading = section.slice(0, section.indexOf('\n'))
    return { number: Number(/^## B(\d+)/.exec(heading)?.[1]), heading, body: section.slice(heading.length) }
  })
}

/** `## B<n>. <title> (<article citation>)`, e.g. `## B7. Tasks of six months or more, … (Art. 6.2(b)(4))`. */
const HEADING = /^## B(\d{1,2})\. \S.*? \(Art\. \d.*\)$/

/** Each entry's fixed labels: the text, the default, its alternatives or the statement that there is none, where. */
const DEFAULT_LABEL = '**Default.**'
const ALTERNATIVES_LABEL = '**Alternatives.**'
const NO_ALTERNATIVE_LABEL = '**No alternative.**'

function occurrences(text: string, label: string): number {
  return text.split(label).length - 1
}

/** The paragraphs and lists after `label`, up to the next bold label that starts a line. */
function partAfter(body: string, label: string): string {
  const start = body.indexOf(label)
  if (start < 0) return ''
  const rest = body.slice(start + label.length)
  const next = rest.search(/^\*\*[A-Z][^*]*\.\*\*/m)
  return next < 0 ? rest : rest.slice(0, next)
}

describe(`${REGISTER_PATH}: the register's layout`, () => {
  const all = entries()

  it(`has exactly B1 … B${ENTRY_COUNT}, in order`, () => {
    expect(all.map((entry) => entry.number)).toEqual(Array.from({ length: ENTRY_COUNT }, (_, index) => index + 1))
  })

  it('heads each entry `## B<n>. <title> (<article citation>)`', () => {
    expect(all.map((entry) => entry.heading).filter((heading) => !HEADING.test(heading))).toEqual([])
  })

  for (const entry of all) {
    describe(`B${entry.number}`, () => {
      it(`states one ${DEFAULT_LABEL}`, () => {
        expect(occurrences(entry.body, DEFAULT_LABEL)).toBe(1)
      })

      it(`has either ${ALTERNATIVES_LABEL}, naming at least one option as \`name: value\`, or ${NO_ALTERNATIVE_LABEL}`, () => {
        const alternatives = occurrences(entry.body, ALTERNATIVES_LABEL)
        const none = occurrences(entry.body, NO_ALTERNATIVE_LABEL)
        expect(alternatives + none).toBe(1)
        if (alternatives === 1) expect(partAfter(entry.body, ALTERNATIVES_LABEL)).toMatch(/`[^`\n]*\b[A-Za-z]\w*: [^`\n]+`/)
      })

      it('quotes the text with its article in Vietnamese and in English, and says where it lives', () => {
        expect(entry.body).toContain('**The text.**')
        expect(entry.body).toMatch(/`(?:(?:tiết \(\d\) )?điểm \S+ )?(?:khoản \d+ )?Điều \d+`/)
        expect(entry.body).toMatch(/^> \S/m)
        expect(entry.body).toContain('**Why it is ambiguous.**')
        const where = partAfter(entry.body, '**Where.**')
        expect(where).toMatch(/\]\(\.\.\/src\/[^)]+\)/)
        expect(where).toMatch(/\]\(regulation\/article-\d+\.md(?:#[^)]*)?\)/)
      })
    })
  }
})

// --- Options and values named in the register ---------------------------------------------------------------

type Value = string | number | boolean
type Check = (name: string, value: Value) => string | null

const exported = api as Readonly<Record<string, unknown>>

/** The exported frozen tuple `tuple` lists `value`. */
function memberOf(tuple: string): Check {
  return (_name, value) => {
    const members = exported[tuple]
    if (!Array.isArray(members)) return `${tuple} is not exported by src/index.ts`
    return members.includes(value) ? null : `${tuple} does not list ${JSON.stringify(value)}`
  }
}

/** The strict zod schema `schema` (unknown keys refused) accepts `{ [name]: value }`. */
function acceptedBy(schema: { safeParse(input: unknown): { success: boolean } }, schemaName: string): Check {
  return (name, value) => (schema.safeParse({ [name]: value }).success ? null : `${schemaName} refuses ${name}: ${String(value)}`)
}

/** A function of the package, or the message that it is missing. */
function exportedFunction(name: string): ((...args: readonly unknown[]) => unknown) | string {
  const candidate = exported[name]
  return typeof candidate === 'function'
    ? (candidate as (...args: readonly unknown[]) => unknown)
    : `${name} is not exported by src/index.ts`
}

/** The error code `run` throws, 'none' when it returns, or the message of anything else thrown. */
function codeThrownBy(run: () => unknown): string {
  try {
    run()
    return 'none'
  } catch (error) {
    return isVnTaskSlaError(error) ? error.code : String(error)
  }
}

/** `explanationFlags([], { [name]: value })` is accepted, and a misspelt value of the same option is refused (its options are strict). */
const explanationOption: Check = (name, value) => {
  const explanationFlags = exportedFunction('explanationFlags')
  if (typeof explanationFlags === 'string') return explanationFlags
  const accepted = codeThrownBy(() => explanationFlags([], { [name]: value }))
  if (accepted !== 'none') return `explanationFlags refuses ${name}: ${JSON.stringify(value)} (${accepted})`
  const misspelt = typeof value === 'string' ? `${value}-misspelt` : -1
  const refused = codeThrownBy(() => explanationFlags([], { [name]: misspelt }))
  return refused === 'invalid_input' ? null : `explanationFlags does not check ${name} (${refused})`
}

/** A document that Art. 5.1 lets on the standard partition, with no task. */
const NORMAL_DOCUMENT = Object.freeze({
  secrecy: 'normal',
  title: 'Kết luận',
  number: '155',
  symbol: 'KL/TW',
  issuedOn: '2025-05-15',
  signer: 'T.M. Bộ Chính trị',
  submittingAgency: 'Văn phòng Trung ương Đảng',
  assignees: ['Ban Tổ chức Trung ương'],
  monitoringAgencies: ['Văn phòng Trung ương Đảng'],
  tasks: [],
})
const AS_OF = '2025-07-01T09:00'
const TASK = Object.freeze({ id: 't', transferredAt: '2025-05-19T09:00' })

/**
 * Every name the register may write as `name: value`, and how the package proves it. A string value must be a
 * member of the exported tuple that lists the option's readings (or, for a value the register quotes, the
 * tuple that lists it); a number or a boolean is accepted by the schema or the function that takes it. Nothing
 * is skipped: a name the package does not export yet fails its check.
 */
const CHECKS: Readonly<Record<string, Check>> = {
  // Options with a tuple of readings.
  boundary: memberOf('BOUNDARY_LANDINGS'),
  dayEnd: memberOf('DAY_ENDS'),
  start: memberOf('SCHEDULE_STARTS'),
  checkpoints: memberOf('CHECKPOINT_MEASURES'),
  finalEnd: memberOf('FINAL_ENDS'),
  cadence: memberOf('UPDATE_CADENCES'),
  periodicEnd: memberOf('PERIODIC_ENDS'),
  inProgressLate: memberOf('IN_PROGRESS_LATE_READINGS'),
  dueDay: memberOf('DUE_DAYS'),
  halfYearAndAnnual: memberOf('HALF_YEAR_AND_ANNUAL_READINGS'),
  nonWorkingDates: memberOf('REPORT_DATE_READINGS'),
  dateDeadlines: memberOf('DATE_DEADLINE_READINGS'),
  objectionFrom: memberOf('OBJECTION_STARTS'),
  // explanationFlags' options: the function itself is asked, whatever the tuples of its readings are called.
  lowResultIn: explanationOption,
  sequence: explanationOption,
  lowBelow: explanationOption,
  // Numeric settings, each accepted by its strict schema.
  interimGraceDays: acceptedBy(UpdateScheduleSettings, 'UpdateScheduleSettings'),
  finalGraceDays: acceptedBy(UpdateScheduleSettings, 'UpdateScheduleSettings'),
  dueDayOfMonth: acceptedBy(UpdateScheduleSettings, 'UpdateScheduleSettings'),
  firstPeriodicGraceDays: acceptedBy(UpdateScheduleSettings, 'UpdateScheduleSettings'),
  cutOffDay: acceptedBy(PeriodOptions, 'PeriodOptions'),
  workingDaysLeft: acceptedBy(AlertThresholds, 'AlertThresholds'),
  elapsedShare: acceptedBy(AlertThresholds, 'AlertThresholds'),
  // Values the register quotes, each a member of the tuple that lists it.
  type: memberOf('TASK_EVENT_TYPES'),
  kind: memberOf('AUDIT_FLAG_KINDS'),
  code: memberOf('ERROR_CODES'),
  level: memberOf('ALERT_LEVELS'),
  result: memberOf('TASK_RESULTS'),
  secrecy: memberOf('SECRECY_LEVELS'),
  measure: memberOf('BUILT_IN_MEASURES'),
  grade: memberOf('GRADES'),
  reason: memberOf('EXPLANATION_REASONS'),
  // Fields and options without a schema of their own: what the package answers with them.
  deadlinePassed: (name, value) => {
    const taskResultOf = exportedFunction('taskResultOf')
    if (typeof taskResultOf === 'string') return taskResultOf
    const expected = value === false ? 'not-done-within-deadline' : 'not-done-overdue'
    const result = taskResultOf('implemented-not-completed', { [name]: value })
    return result === expected ? null : `taskResultOf('implemented-not-completed', { ${name}: ${value} }) is ${String(result)}`
  },
  specialSecrecy: (name, value) => {
    const maskForSystem = exportedFunction('maskForSystem')
    if (typeof maskForSystem === 'string') return maskForSystem
    const code = codeThrownBy(() => maskForSystem({ ...NORMAL_DOCUMENT, [name]: value }, { asOf: AS_OF }))
    const expected = value === true ? 'special_secrecy_refused' : 'none'
    return code === expected ? null : `maskForSystem with ${name}: ${value} gives ${code}, not ${expected}`
  },
  mustBeDigitallySigned: (name, value) => {
    const maskForSystem = exportedFunction('maskForSystem')
    if (typeof maskForSystem === 'string') return maskForSystem
    const masked = maskForSystem(NORMAL_DOCUMENT, { asOf: AS_OF }) as { readonly record: Readonly<Record<string, unknown>> }
    return masked.record[name] === value ? null : `a standard record has ${name}: ${String(masked.record[name])}`
  },
  hasDeadline: (name, value) => {
    const updateSchedule = exportedFunction('updateSchedule')
    if (typeof updateSchedule === 'string') return updateSchedule
    const schedule = updateSchedule(TASK, { until: '2025-12-31' }) as Readonly<Record<string, unknown>>
    return schedule[name] === value ? null : `a task without a deadline has ${name}: ${String(schedule[name])}`
  },
  official: (name, value) =>
    (DEFAULT_INDICATORS as unknown as Readonly<Record<string, unknown>>)[name] === value
      ? null
      : `DEFAULT_INDICATORS.${name} is not ${String(value)}`,
}

/** The options added after the first release: the register must write each as `name: value`, so that each is checked. */
const LATER_OPTIONS = [
  'periodicEnd',
  'firstPeriodicGraceDays',
  'dueDay',
  'halfYearAndAnnual',
  'lowBelow',
  'lowResultIn',
  'sequence',
  'objectionFrom',
  'deadlinePassed',
  'specialSecrecy',
  'mustBeDigitallySigned',
]

/** Every `name: value` pair inside a code span of the register, with a quoted string, a number or a boolean. */
function namedValues(): { name: string; value: Value; written: string }[] {
  const spans = [...REGISTER.matchAll(/`([^`\n]+)`/g)].map((match) => match[1] ?? '')
  const pairs = spans.flatMap((span) => [
    ...span.matchAll(/(?<![\w.])([A-Za-z]\w*): ('[^']*'|-?\d+(?:\.\d+)?|true|false)(?![\w.])/g),
  ])
  const seen = new Map<string, { name: string; value: Value; written: string }>()
  for (const pair of pairs) {
    const name = pair[1] ?? ''
    const raw = pair[2] ?? ''
    const value: Value = raw.startsWith("'") ? raw.slice(1, -1) : raw === 'true' ? true : raw === 'false' ? false : Number(raw)
    seen.set(pair[0], { name, value, written: pair[0] })
  }
  return [...seen.values()]
}

describe(`${REGISTER_PATH}: every \`name: value\` it names exists in the package`, () => {
  const named = namedValues()

  it('names the options added after the first release, so that each is checked below', () => {
    const names = new Set(named.map((pair) => pair.name))
    expect(LATER_OPTIONS.filter((name) => !names.has(name))).toEqual([])
  })

  it('has a check in this file for every name it writes', () => {
    expect(named.filter((pair) => CHECKS[pair.name] === undefined).map((pair) => pair.written)).toEqual([])
  })

  for (const pair of named) {
    it(`\`${pair.written}\``, () => {
      const check = CHECKS[pair.name]
      if (check === undefined) return // reported by the test above
      expect(check(pair.name, pair.value)).toBeNull()
    })
  }
})

// --- Links ----------------------------------------------------------------------------------------------------

/**
 * GitHub's anchor for a heading, as github-slugger makes it: the text lower-cased, every character removed but
 * letters, marks, decimal digits, `_`, spaces and `-` (its generated character class, written here by Unicode
 * category), then each space a `-`. So `½`, `–` and `'` go and `đ` stays: "The ½ and ¾ checkpoints (B5)" is
 * `#the--and--checkpoints-b5`. A repeated anchor gets `-1`, `-2`, … in page order.
 */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>()
  const counts = new Map<string, number>()
  let fenced = false
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced
    const heading = fenced ? null : /^#{1,6} (.*?)\s*#*\s*$/.exec(line)
    if (heading === null) continue
    const text = (heading[1] ?? '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    const base = text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{Nd}\p{Pc} -]/gu, '')
      .replace(/ /g, '-')
    const count = counts.get(base) ?? 0
    counts.set(base, count + 1)
    anchors.add(count === 0 ? base : `${base}-${count}`)
  }
  return anchors
}

describe(`${REGISTER_PATH}: every relative link points to something that exists`, () => {
  const links = [...REGISTER.matchAll(/\[[^\]]*\]\(([^)\s]+)\)/g)]
    .map((match) => match[1] ?? '')
    .filter((target) => !/^[a-z][a-z+.-]*:/i.test(target))

  it('links to the code and to the article pages', () => {
    expect(links.some((target) => target.startsWith('../src/'))).toBe(true)
    expect(links.some((target) => target.startsWith('regulation/'))).toBe(true)
  })

  it('links only to files and folders that exist, and to headings that exist (GitHub anchors)', () => {
    const broken = links.filter((target) => {
      const [path = '', anchor] = target.split('#')
      const file = path === '' ? join(ROOT, REGISTER_PATH) : resolve(dirname(join(ROOT, REGISTER_PATH)), decodeURI(path))
      if (!existsSync(file)) return true
      if (anchor === undefined) return false
      if (!file.endsWith('.md')) return true
      return !anchorsOf(readFileSync(file, 'utf8')).has(decodeURIComponent(anchor))
    })
    expect(broken).toEqual([])
  })
})

describe(`${REGISTER_PATH}: every name it places in a file of the code is declared there`, () => {
  // "[readings.ts](../src/regulation/readings.ts) (`DUE_DAYS`, the default)": a constant or a type named in the
  // parentheses after a link to the code is declared in that file, so that moving it breaks this test, not the page.
  const placed = [...REGISTER.matchAll(/\[[^\]]*\]\((\.\.\/src\/[^)\s#]+)\)\s*\(([^)]*)\)/g)].flatMap((match) =>
    [...(match[2] ?? '').matchAll(/`([A-Z][A-Za-z0-9_]*)`/g)].map((name) => ({ file: match[1] ?? '', name: name[1] ?? '' })),
  )

  it('places names: the register says where its tuples and settings live', () => {
    expect(placed.length).toBeGreaterThan(20)
  })

  it('finds each declared in the file linked', () => {
    const missing = placed.filter(({ file, name }) => {
      const source = readFileSync(resolve(dirname(join(ROOT, REGISTER_PATH)), file), 'utf8')
      return !new RegExp(`export (const|type|function|class) ${name}\\b`).test(source)
    })
    expect(missing).toEqual([])
  })
})
