# Sourced by scripts/run and scripts/test: creates .venv when missing and installs the project
# with the extras in $1 (e.g. "" or "test,st"). Re-installs only when pyproject.toml changed.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PY="${PYTHON:-python3.11}"
command -v "$PY" >/dev/null 2>&1 || PY=python3
EXTRAS="${1:-}"
if [ ! -x "$VENV/bin/python" ]; then
  echo "creating $VENV" >&2
  "$PY" -m venv "$VENV"
  "$VENV/bin/python" -m pip install -q --upgrade pip >&2
fi
SPEC="."
[ -n "$EXTRAS" ] && SPEC=".[${EXTRAS}]"
STAMP="$VENV/.installed-$(echo "$EXTRAS" | tr ',' '-')"
WANT="$(sha256sum "$ROOT/pyproject.toml" | cut -d' ' -f1)"
if [ ! -f "$STAMP" ] || [ "$(cat "$STAMP")" != "$WANT" ]; then
  echo "installing sangkien${EXTRAS:+ [$EXTRAS]} into $VENV (first run takes a few minutes)" >&2
  (cd "$ROOT" && "$VENV/bin/python" -m pip install -q -e "$SPEC" >&2)
  echo "$WANT" > "$STAMP"
fi
