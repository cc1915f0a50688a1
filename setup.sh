#!/usr/bin/env bash
# Creates .venv/ in this checkout and installs logtriage with its pinned dependencies.
# torch goes first and pinned: pip then takes the CPU wheel instead of a multi-GB CUDA build.
set -euo pipefail
cd "$(dirname "$0")"
PYTHON="${PYTHON:-python3.11}"
command -v "$PYTHON" >/dev/null || PYTHON=python3
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check "torch==2.13.0"
.venv/bin/python -m pip install -q --disable-pip-version-check -c constraints.txt -e '.[dev]'
# The Node.js client's tests need its dependencies; skipped quietly where there is no npm.
if command -v npm >/dev/null; then
  npm ci --prefix integrations/clients/node --no-audit --no-fund --loglevel=error
fi
echo "setup.sh: ready: $(.venv/bin/logtriaged --version)"
