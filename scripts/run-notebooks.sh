#!/usr/bin/env bash
# Executes every notebook of examples/notebooks/ headless with the Deno kernel (`npm run notebooks`).
# Fails on any cell error, and when a cell tagged `chart` shows no image (image/svg+xml or image/png),
# so that a chart that silently fails to render is caught. Executed copies go to
# examples/notebooks/.executed/ (git-ignored); the committed notebooks keep their outputs cleared.
#
# Needs: node_modules installed (`npm ci`: deno is a devDependency), Jupyter's nbconvert and ipykernel
# (installed from Debian's packages with apt-get when missing; CI runs as root on Debian).
set -euo pipefail

cd "$(dirname "$0")/.."
NOTEBOOKS_DIR=examples/notebooks
OUT_DIR="$NOTEBOOKS_DIR/.executed"
DENO=node_modules/.bin/deno

if [ ! -x "$DENO" ]; then
  echo "run-notebooks: $DENO not found; run npm ci first" >&2
  exit 1
fi

# 1. Jupyter, from Debian, only when missing.
if ! command -v jupyter-nbconvert >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update
  $SUDO apt-get install -y --no-install-recommends jupyter-nbconvert python3-ipykernel
fi
# Debian's Jupyter runs on Debian's Python; another python3 earlier on PATH may lack its modules.
PYTHON=/usr/bin/python3
[ -x "$PYTHON" ] || PYTHON=python3

# 2. The Deno kernel. `deno jupyter --install` writes kernel.json into the user's Jupyter data folder
# (~/.local/share/jupyter/kernels/deno on Linux; it ignores JUPYTER_DATA_DIR) and prints that folder.
# NO_COLOR keeps ANSI colour codes out of the outputs.
install_log="$(NO_COLOR=1 "$DENO" jupyter --install --force 2>&1)"
echo "$install_log"
kernel_dir="$(printf '%s\n' "$install_log" | sed -n 's/.*installed successfully at \(.*\)\.$/\1/p' | tail -n 1)"
if [ -z "$kernel_dir" ]; then kernel_dir="${XDG_DATA_HOME:-$HOME/.local/share}/jupyter/kernels/deno"; fi
if [ ! -f "$kernel_dir/kernel.json" ]; then
  echo "run-notebooks: no kernel.json in $kernel_dir" >&2
  exit 1
fi
"$PYTHON" - "$kernel_dir/kernel.json" <<'PY'
import json, sys
path = sys.argv[1]
with open(path, encoding="utf-8") as f:
    spec = json.load(f)
spec.setdefault("env", {})["NO_COLOR"] = "1"
with open(path, "w", encoding="utf-8") as f:
    json.dump(spec, f, indent=2)
PY

# 3. Execute each notebook, then check its outputs.
mkdir -p "$OUT_DIR"
shopt -s nullglob
notebooks=("$NOTEBOOKS_DIR"/*.ipynb)
if [ ${#notebooks[@]} -eq 0 ]; then
  echo "run-notebooks: no notebook in $NOTEBOOKS_DIR" >&2
  exit 1
fi
started=$SECONDS
for notebook in "${notebooks[@]}"; do
  name="$(basename "$notebook")"
  t0=$SECONDS
  jupyter nbconvert --to notebook --execute --ExecutePreprocessor.timeout=300 \
    "$notebook" --output-dir "$OUT_DIR" --log-level=WARN
  "$PYTHON" - "$OUT_DIR/$name" <<'PY'
import json, sys
path = sys.argv[1]
with open(path, encoding="utf-8") as f:
    nb = json.load(f)
IMAGES = ("image/svg+xml", "image/png")
problems = []
charts = 0
for index, cell in enumerate(nb["cells"]):
    if cell["cell_type"] != "code":
        continue
    outputs = cell.get("outputs", [])
    for output in outputs:
        if output.get("output_type") == "error":
            problems.append(f"cell {index}: {output.get('ename')}: {output.get('evalue')}")
    images = [o for o in outputs if any(kind in o.get("data", {}) for kind in IMAGES)]
    for output in images:
        for kind in IMAGES:
            body = output["data"].get(kind)
            text = "".join(body) if isinstance(body, list) else (body or "")
            if kind == "image/svg+xml" and "<svg" not in text:
                problems.append(f"cell {index}: an image/svg+xml output without <svg>")
    charts += len(images)
    if "chart" in cell.get("metadata", {}).get("tags", []) and not images:
        problems.append(f"cell {index} is tagged 'chart' but shows no image/svg+xml or image/png")
if charts == 0:
    problems.append("no chart at all (image/svg+xml or image/png)")
if problems:
    print(f"run-notebooks: {path}:", *problems, sep="\n  ", file=sys.stderr)
    sys.exit(1)
print(f"run-notebooks: {path}: {charts} chart(s)")
PY
  echo "run-notebooks: $name executed in $((SECONDS - t0)) s"
done
echo "run-notebooks: ${#notebooks[@]} notebook(s) in $((SECONDS - started)) s"
