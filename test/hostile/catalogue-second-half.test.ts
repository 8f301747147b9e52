// The second half of the hostile catalogue (catalogue.test.ts holds the first and says what is checked):
// every other public call, so that the two halves run side by side.
import { describeCatalogue } from '../support/hostile-catalogue.js'
import { PUBLIC_CALLS } from './public-calls.js'

describeCatalogue(PUBLIC_CALLS.filter((_, index) => index % 2 === 1))
