// The types of scripts/mutation-folders.mjs, for vitest.mutation.config.ts.
export type MutationLayer = {
  readonly tests: readonly string[]
  readonly env?: Readonly<Record<string, string>>
  readonly exclude?: readonly string[]
  readonly stryker?: Readonly<Record<string, unknown>>
}

export declare const MUTATION_FOLDERS: Readonly<Record<string, MutationLayer>>

export declare function mutationFolder(name?: string): {
  readonly name: string
  readonly tests: readonly string[]
  readonly env: Readonly<Record<string, string>>
  readonly exclude: readonly string[]
  readonly stryker: Readonly<Record<string, unknown>>
}
