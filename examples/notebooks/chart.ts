// Charts for the notebooks: Observable Plot rendered to SVG on a linkedom DOM, with no browser and no
// canvas. Each result is shown by the Deno kernel as an `image/svg+xml` output through the Jupyter
// display protocol (an object with a `Symbol.for('Jupyter.display')` method), so this file needs no
// Deno global and type-checks with the rest of `examples/`.
import * as Plot from '@observablehq/plot'
import { parseHTML } from 'linkedom'

const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>')

const DISPLAY = Symbol.for('Jupyter.display')

/** What a notebook cell shows: an object the kernel displays, and its content as text. */
export type Displayable = {
  readonly text: string
  readonly [DISPLAY]: () => Record<string, string>
}

/** An SVG chart, shown as `image/svg+xml`. */
export type Chart = Displayable & { readonly width: number; readonly height: number }

function chartOf(svg: string, width: number, height: number): Chart {
  return Object.freeze({ text: svg, width, height, [DISPLAY]: () => ({ 'image/svg+xml': svg }) })
}

/**
 * `Plot.plot(options)` on the linkedom document, as a chart. Options that make Plot wrap its SVG in
 * a `<figure>` (a title, a caption, a legend) are refused: use `swatches` and `stack` instead.
 */
export function plot(options: Plot.PlotOptions): Chart {
  const element = Plot.plot({ ...options, document: document as unknown as NonNullable<Plot.PlotOptions['document']> })
  if (element.tagName.toLowerCase() !== 'svg') {
    throw new Error(`Plot returned a <${element.tagName.toLowerCase()}>, not an <svg>: drop title, caption and legend`)
  }
  // Plot writes the xmlns only as a DOM namespace; a standalone SVG file needs it as an attribute.
  element.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
  return chartOf(element.outerHTML, Number(element.getAttribute('width')), Number(element.getAttribute('height')))
}

/** A legend drawn as a small chart: one coloured cell per category, labelled below. */
export function swatches(domain: readonly string[], range: readonly string[], options: { itemWidth?: number } = {}): Chart {
  return plot({
    width: domain.length * (options.itemWidth ?? 150) + 20,
    height: 46,
    marginTop: 4,
    marginBottom: 22,
    marginLeft: 10,
    marginRight: 10,
    x: { domain: [...domain], padding: 0.15, label: null, tickSize: 0 },
    y: { axis: null },
    color: { domain: [...domain], range: [...range] },
    marks: [Plot.cell(domain, { x: (d: string) => d, fill: (d: string) => d })],
  })
}

/** Charts placed one above the other in a single SVG. */
export function stack(...charts: readonly Chart[]): Chart {
  const width = Math.max(...charts.map((chart) => chart.width))
  let y = 0
  const parts = charts.map((chart) => {
    const part = chart.text.replace('<svg ', `<svg x="0" y="${y}" `)
    y += chart.height
    return part
  })
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y}" viewBox="0 0 ${width} ${y}" style="background: white">${parts.join('')}</svg>`
  return chartOf(svg, width, y)
}

/**
 * A date whose UTC fields are the instant's wall time in its own zone, for a chart's UTC time axis:
 * the ticks then read as local dates and hours whatever the host's zone.
 */
export function wallTime(instant: { toISO: (options: { includeOffset: boolean }) => string | null }): Date {
  return new Date(`${instant.toISO({ includeOffset: false })}Z`)
}

/** A Markdown table, shown as `text/markdown`. */
export function table(columns: readonly string[], rows: readonly (readonly unknown[])[]): Displayable {
  const cellText = (value: unknown) => String(value ?? '').replaceAll('|', '\\|')
  const text = [
    `| ${columns.map(cellText).join(' | ')} |`,
    `| ${columns.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cellText).join(' | ')} |`),
  ].join('\n')
  return Object.freeze({ text, [DISPLAY]: () => ({ 'text/markdown': text, 'text/plain': text }) })
}

/** Markdown text, shown as `text/markdown`. */
export function markdown(text: string): Displayable {
  return Object.freeze({ text, [DISPLAY]: () => ({ 'text/markdown': text, 'text/plain': text }) })
}

export { Plot }
