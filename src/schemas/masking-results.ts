import * as z from 'zod/mini'
import { SecureRecord, StandardRecord } from '../masking/masked-record.js'
import { CitationJson } from './json-values.js'

/**
 * The JSON form of `maskForSystem(document)` (Art. 5): a record holds strings, numbers and JSON
 * values only, so its JSON form is the record itself, and the package's record schemas serve as
 * they are. The partition and the secrecy tell the two shapes apart; a top-secret document has no
 * record at all (5.3: the call throws `top_secret_refused`).
 */
export const MaskedDocumentJson = z.union([
  z.strictObject({
    partition: z.literal('standard'),
    secrecy: z.literal('normal'),
    record: StandardRecord,
    citation: CitationJson,
  }),
  z.strictObject({
    partition: z.literal('secure'),
    secrecy: z.enum(['confidential', 'secret']),
    record: SecureRecord,
    citation: CitationJson,
  }),
])
