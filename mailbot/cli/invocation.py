"""How to run mailbot again from here, for the commands a command prints for the user to copy.

``make demo`` runs ``.venv/bin/mailbot``, which is on nobody's PATH until the virtual
environment is activated; a printed ``mailbot status`` would then fail as typed. So the
hint names the program the way it was reached: ``mailbot`` when that is what the PATH
finds, else the path that was run (``.venv/bin/mailbot``), else ``python -m mailbot``.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path


def program() -> str:
    ran = Path(sys.argv[0])
    found = shutil.which("mailbot")
    if found is not None and (ran.name != "mailbot" or _same(Path(found), ran)):
        return "mailbot"
    if ran.name == "mailbot":
        return shown(ran)
    if ran.name == "__main__.py" and ran.parent.name == "mailbot":
        return f"{shown(Path(sys.executable))} -m mailbot"
    return "mailbot"


def shown(path: Path) -> str:
    """``path`` relative to the working directory when it lies under it, else absolute."""
    absolute = path.absolute()
    try:
        return str(absolute.relative_to(Path.cwd()))
    except ValueError:
        return str(absolute)


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False
