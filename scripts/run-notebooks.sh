#!/usr/bin/env bash
# Executes every notebook of examples/notebooks/ headless with the Deno kernel (`npm run notebooks`).
# Fails on any cell error, and when a cell tagged `chart` shows no image (image/svg+xml or image/png),
# so that a chart that silently fails to render is caught. Executed copies go to
# examples/notebooks/.executed/ (git-ignored); the committed notebooks keep their outputs cleared.
#
# Needs: node_modules installed (`npm ci`: deno is a devDependency), and Jupyter's nbconvert and nbclient
# on Debian's Python (installed from Debian's packages with apt-get when missing; CI runs as root on Debian).
set -euo pipefail

cd "$(dirname "$0")/.."
NOTEBOOKS_DIR=examples/notebooks
OUT_DIR="$NOTEBOOKS_DIR/.executed"
DENO=node_modules/.bin/deno

if [ ! -x "$DENO" ]; then
  echo "run-notebooks: $DENO not found; run npm ci first" >&2
  exit 1
fi

# 1. Jupyter, from Debian, only when missing: nbconvert and nbclient on Debian's own Python.
# Debian's Jupyter runs on Debian's Python; another python3 earlier on PATH may lack its modules.
PYTHON=/usr/bin/python3
[ -x "$PYTHON" ] || PYTHON=python3
if ! "$PYTHON" -c 'import nbconvert, nbclient, nbformat, jupyter_client' >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  # An unreachable extra source makes `apt-get update` fail while Debian's own lists are fine: go on,
  # and let the install say whether what it needs was found.
  $SUDO apt-get update || echo "run-notebooks: apt-get update reported errors; trying the install" >&2
  $SUDO apt-get install -y --no-install-recommends -o DPkg::Lock::Timeout=300 \
    jupyter-nbconvert python3-nbclient
fi

# 2. The Deno kernel, registered in a folder of this checkout (JUPYTER_PATH) rather than in the user's
# Jupyter folder, so that two checkouts never point one kernel at the other's deno. The spec is the one
# `deno jupyter --install` writes, plus NO_COLOR (no ANSI colour codes in outputs) and no update check.
jupyter_dir="$PWD/node_modules/.cache/jupyter"
mkdir -p "$jupyter_dir/kernels/deno"
"$PYTHON" - "$jupyter_dir/kernels/deno/kernel.json" "$PWD/$DENO" <<'PY'
import json, sys
spec = {
    "argv": [sys.argv[2], "jupyter", "--kernel", "--conn", "{connection_file}"],
    "display_name": "Deno",
    "language": "typescript",
    "env": {"NO_COLOR": "1", "DENO_NO_UPDATE_CHECK": "1"},
}
with open(sys.argv[1], "w", encoding="utf-8") as f:
    json.dump(spec, f, indent=2)
PY
export JUPYTER_PATH="$jupyter_dir${JUPYTER_PATH:+:$JUPYTER_PATH}"
JUPYTER_RUNTIME_DIR="$(mktemp -d)"
export JUPYTER_RUNTIME_DIR
trap 'rm -rf "$JUPYTER_RUNTIME_DIR"' EXIT

# 3. Execute each notebook and check its outputs (scripts/execute-notebooks.py says how, and why it
# waits for outputs that come after a cell's idle status).
shopt -s nullglob
notebooks=("$NOTEBOOKS_DIR"/*.ipynb)
if [ ${#notebooks[@]} -eq 0 ]; then
  echo "run-notebooks: no notebook in $NOTEBOOKS_DIR" >&2
  exit 1
fi
started=$SECONDS
"$PYTHON" scripts/execute-notebooks.py --output-dir "$OUT_DIR" "${notebooks[@]}"
echo "run-notebooks: ${#notebooks[@]} notebook(s) in $((SECONDS - started)) s"
