"""Who may import whom (``.importlinter``, docs/ARCHITECTURE.md) holds, and no import circle is back.

``make lint`` runs the same check; this test makes a plain pytest run fail on it too.
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-logo", "--no-cache"], cwd=cwd, capture_output=True, text=True, check=False
    )


def test_the_portal_keeps_its_import_contracts():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_circle_through_a_function_level_import_is_caught(tmp_path):
    # The circles this check was written for hid in imports inside functions.
    app = tmp_path / "app"
    app.mkdir()
    (app / "__init__.py").write_text("")
    (app / "models.py").write_text("from app.units import normalize\n")
    (app / "units.py").write_text("def normalize(name):\n    from app.models import Unit\n")
    (tmp_path / ".importlinter").write_text(
        "[importlinter]\nroot_packages =\n    app\n\n"
        "[importlinter:contract:no-circles]\nname = No circle\ntype = acyclic_siblings\nancestors =\n    app\n"
    )
    result = lint_imports(tmp_path)
    assert result.returncode == 1
    assert "No cycles are allowed in app" in result.stdout
