# Sourced by scripts/serve and scripts/test: make .venv with the project installed.
# Usage: ensure_venv EXTRA   (EXTRA: "" for the service, "test" for the test tools)
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
VENV="${NEWSNORM_VENV:-$ROOT/.venv}"
PYTHON="${PYTHON:-python3}"

ensure_venv() {
    extra="$1"
    if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
        echo "newsnorm needs Python 3.11 or newer; '$PYTHON' is $("$PYTHON" -V 2>&1 || echo missing)." >&2
        echo "Set PYTHON=/path/to/python3.11 and run again." >&2
        exit 2
    fi
    [ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
    # Reinstall only when the project's requirements changed.
    stamp="$VENV/.installed-$extra-$(cksum < "$ROOT/pyproject.toml" | cut -d' ' -f1)"
    if [ ! -e "$stamp" ]; then
        target="$ROOT"
        [ -n "$extra" ] && target="$ROOT[$extra]"
        "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
        "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --editable "$target"
        rm -f "$VENV"/.installed-"$extra"-*
        touch "$stamp"
    fi
}
