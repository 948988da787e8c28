"""Print pip constraints that pin each runtime dependency to the oldest version
pyproject.toml allows: ``pip install -c <(python scripts/oldest_constraints.py) .``

CI installs the project twice, once with the newest versions pip picks and once
with these, so that a floor in pyproject.toml that no longer works is caught.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

_FLOOR = re.compile(r"^\s*([A-Za-z0-9_.\-]+)\s*(?:\[[^\]]*\])?\s*[^;]*?>=\s*([0-9][^,;\s]*)")


def floors(pyproject: Path) -> list[str]:
    """``name==floor`` for every runtime dependency written with a ``>=`` bound."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    pins = []
    for requirement in project.get("dependencies", []):
        found = _FLOOR.match(requirement)
        if found:
            pins.append(f"{found.group(1)}=={found.group(2)}")
    return pins


def main() -> None:
    root = Path(__file__).resolve().parent.parent
    sys.stdout.write("".join(f"{pin}\n" for pin in floors(root / "pyproject.toml")))


if __name__ == "__main__":
    main()
