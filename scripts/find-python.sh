#!/usr/bin/env sh
# Prints a Python >= 3.12 (Django 6 needs it), or explains what to install and fails.
for candidate in "${PYTHON:-}" python3.13 python3.12 python3.14 \
    "$HOME/.pyenv/versions/3.13.0/bin/python" "$HOME/.pyenv/versions/3.12.1/bin/python" \
    $(ls -d "$HOME"/.pyenv/versions/3.1[2-9]*/bin/python 2>/dev/null) python3; do
  [ -n "$candidate" ] || continue
  if command -v "$candidate" >/dev/null 2>&1 && \
     "$candidate" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' 2>/dev/null; then
    command -v "$candidate"
    exit 0
  fi
done
echo "No Python 3.12 or newer found. Install one (e.g. 'pyenv install 3.13' or 'apt-get install python3.13')" \
     "or point PYTHON at it: make run PYTHON=/path/to/python3.13" >&2
exit 1
