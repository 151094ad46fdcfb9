#!/usr/bin/env bash
# Create ./.venv and install eventwire with its pinned spaCy models into it.
# Usage: scripts/setup.sh [test]   ("test" adds the test and lint tools)
# With npm installed it first fills the map page's libraries (scripts/vendor_web.sh, from
# web/package-lock.json); without npm, `eventwire serve` shows a page that says they are missing.
# Re-running is cheap: it reinstalls only when pyproject.toml, requirements/ or web/ change.
set -euo pipefail
cd "$(dirname "$0")/.."

extras="${1:-}"
python="${PYTHON:-python3}"
"$python" - <<'PY' || { echo "eventwire needs Python 3.11 or newer ($python is too old)" >&2; exit 2; }
import sys
sys.exit(0 if sys.version_info >= (3, 11) else 1)
PY

# Before the Python install, so that a non-editable install ships the vendored files too.
if command -v npm >/dev/null; then
    scripts/vendor_web.sh
else
    echo "npm not found: the map page's libraries are not installed (see scripts/vendor_web.sh)" >&2
fi

[ -x .venv/bin/python ] || "$python" -m venv .venv
stamp=".venv/.eventwire-setup${extras:+-$extras}"
want=$(cat pyproject.toml requirements/*.txt | sha256sum | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    exit 0
fi
echo "setting up .venv (first run takes a few minutes)..." >&2
.venv/bin/python -m pip install --quiet --upgrade pip
# The spaCy models are pinned by version and sha256 hash.
.venv/bin/python -m pip install --quiet --no-deps --require-hashes -r requirements/models.txt
.venv/bin/python -m pip install --quiet -e ".${extras:+[$extras]}"
echo "$want" > "$stamp"
