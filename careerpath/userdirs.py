"""Where careerpath keeps a user's own data and its cache.

platformdirs knows every platform's rules, but importing it costs several
milliseconds on every run (it imports ``tempfile``, ``random``, ``hashlib``).
On Linux the rule is the XDG base directory specification, a few lines, so it
is followed here; everywhere else platformdirs answers.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP = "careerpath"


def _xdg(variable: str, fallback: str) -> Path:
    """``$VARIABLE/careerpath``, or ``~/FALLBACK/careerpath`` when it is unset or empty."""
    value = os.environ.get(variable, "").strip()
    base = os.path.expanduser(value) if value else os.path.join(Path.home(), fallback)  # noqa: PTH111, PTH118
    return Path(base) / APP


def data_dir() -> Path:
    """The user data directory, e.g. ``~/.local/share/careerpath``."""
    if sys.platform.startswith("linux"):
        return _xdg("XDG_DATA_HOME", ".local/share")
    import platformdirs

    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def cache_dir() -> Path:
    """The user cache directory, e.g. ``~/.cache/careerpath``."""
    if sys.platform.startswith("linux"):
        return _xdg("XDG_CACHE_HOME", ".cache")
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP, appauthor=False))
