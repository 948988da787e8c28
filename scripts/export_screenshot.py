"""Export a Vietnamese profile as HTML and SVG and photograph both in headless
Chromium, so that a person can check that every tone mark sits on its letter.

    python scripts/export_screenshot.py [OUT_DIR]

Prints the PNG files it wrote (docs/testing.md says what to look for). Needs
``chromium`` on PATH (Debian: ``apt-get install chromium``); without it, says so
and exits 0, since the font choice itself is tested by the suite.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

# What a headless Chromium needs on a machine with no network and no GPU.
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def photograph(chromium: str, page: Path, png: Path, size: str) -> None:
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                chromium,
                *CHROMIUM_FLAGS,
                f"--user-data-dir={profile}",
                f"--window-size={size}",
                f"--screenshot={png}",
                page.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )


def main() -> int:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("no chromium on PATH: nothing photographed", file=sys.stderr)
        return 0
    out = Path(sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp(prefix="careerpath-"))
    out.mkdir(parents=True, exist_ok=True)
    show = [sys.executable, "-m", "careerpath", "show", "team-lead", "--lang", "vi"]
    for name in ("team-lead.html", "team-lead.svg"):
        subprocess.run(
            [*show, "--export", str(out / name)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    # The SVG scales to its page: shown at 1,000 pixels wide, its letters are legible.
    (out / "svg.html").write_text(
        '<html><body style="margin:0"><img src="team-lead.svg" style="width:1000px"></body></html>',
        encoding="utf-8",
    )
    photograph(chromium, out / "team-lead.html", out / "html.png", "1000,700")
    photograph(chromium, out / "svg.html", out / "svg.png", "1000,700")
    for png in ("html.png", "svg.png"):
        print(out / png)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
