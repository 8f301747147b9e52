"""Executes notebooks headless with nbconvert's ExecutePreprocessor and checks their outputs.

Called by scripts/run-notebooks.sh (`npm run notebooks`), which installs Jupyter and the Deno kernel first:

    python3 scripts/execute-notebooks.py --output-dir DIR [--late-output-grace SECONDS] NOTEBOOK...

A notebook fails on any cell error, on a cell tagged `chart` that shows no image (image/svg+xml or
image/png), on an image/svg+xml output without an <svg>, and when it shows no chart at all.

Why the grace period: the Jupyter protocol has a kernel send a cell's outputs before the `idle` status that
ends the cell, and nbclient stops listening at that status. The Deno kernel sends outputs from a task of
their own, so under load an output can follow the `idle` by a millisecond or more; nbclient then drops it
without a word, and the executed notebook silently misses a chart or a table. After each cell this runner
keeps reading the cell's messages until none has come for the grace period, and records any that come late.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from queue import Empty

import nbformat
from jupyter_core.utils import ensure_async
from nbclient.exceptions import CellExecutionComplete, CellExecutionError
from nbconvert.preprocessors import ExecutePreprocessor

IMAGES = ("image/svg+xml", "image/png")


class LateOutputExecutor(ExecutePreprocessor):
    """ExecutePreprocessor that also records the outputs a kernel sends after a cell's `idle` status."""

    def __init__(self, late_output_grace: float, **kwargs):
        super().__init__(**kwargs)
        self.late_output_grace = late_output_grace
        self.late_outputs = 0
        self.on_cell_executed = self.collect_late_outputs

    async def collect_late_outputs(self, cell, cell_index, execute_reply):
        parent = execute_reply["parent_header"].get("msg_id")
        while True:
            try:
                msg = await ensure_async(self.kc.iopub_channel.get_msg(timeout=self.late_output_grace))
            except Empty:
                return
            # Nothing else runs between two cells, so a message of another request is stray: skip it.
            if msg["parent_header"].get("msg_id") != parent or msg["msg_type"] == "status":
                continue
            self.late_outputs += 1
            try:
                self.process_message(msg, cell, cell_index)
            except CellExecutionComplete:
                pass


def problems_of(nb) -> tuple[list[str], int]:
    """What the executed notebook lacks or shows wrongly, and how many charts it shows."""
    problems: list[str] = []
    charts = 0
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        outputs = cell.get("outputs", [])
        for output in outputs:
            if output.get("output_type") == "error":
                problems.append(f"cell {index}: {output.get('ename')}: {output.get('evalue')}")
        images = [o for o in outputs if any(kind in o.get("data", {}) for kind in IMAGES)]
        for output in images:
            body = output["data"].get("image/svg+xml")
            text = "".join(body) if isinstance(body, list) else (body or "")
            if "image/svg+xml" in output["data"] and "<svg" not in text:
                problems.append(f"cell {index}: an image/svg+xml output without <svg>")
        charts += len(images)
        if "chart" in cell.get("metadata", {}).get("tags", []) and not images:
            problems.append(f"cell {index} is tagged 'chart' but shows no image/svg+xml or image/png")
    if charts == 0:
        problems.append("no chart at all (image/svg+xml or image/png)")
    return problems, charts


def execute(path: Path, output_dir: Path, late_output_grace: float, timeout: int) -> bool:
    started = time.monotonic()
    nb = nbformat.read(path, as_version=4)
    executor = LateOutputExecutor(late_output_grace, timeout=timeout, kernel_name="deno")
    failure = None
    try:
        executor.preprocess(nb, {"metadata": {"path": str(path.parent)}})
    except CellExecutionError as error:
        failure = str(error)
    output_dir.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, output_dir / path.name)
    problems, charts = problems_of(nb)
    if failure is not None:
        problems.insert(0, failure)
    if problems:
        print(f"run-notebooks: {path.name}:", *problems, sep="\n  ", file=sys.stderr)
        return False
    late = f", {executor.late_outputs} output(s) recorded after idle" if executor.late_outputs else ""
    print(f"run-notebooks: {path.name}: {charts} chart(s){late}, executed in {time.monotonic() - started:.1f} s")
    return True


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="+", type=Path)
    parser.add_argument("--output-dir", type=Path, required=True)
    parser.add_argument("--late-output-grace", type=float, default=0.5, help="seconds of quiet that end a cell")
    parser.add_argument("--timeout", type=int, default=300, help="seconds a cell may run")
    args = parser.parse_args()
    results = [execute(path, args.output_dir, args.late_output_grace, args.timeout) for path in args.notebooks]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
