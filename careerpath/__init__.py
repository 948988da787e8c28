"""careerpath: a command-line career explorer."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # The version is looked up only when asked for: importlib.metadata costs
    # more to import (about 40 ms) than the rest of a small command.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("careerpath")
        except PackageNotFoundError:  # pragma: no cover - running from a source tree
            return "0+unknown"
    raise AttributeError(f"module 'careerpath' has no attribute {name!r}")
