"""Text folding for look-ups: case, Vietnamese diacritics and punctuation ignored."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[\W_]+")


def fold(text: str) -> str:
    """``"Trưởng nhóm  Chăm-sóc"`` → ``"truong nhom cham soc"``."""
    # upper() before casefold() so that letters whose case does not round-trip
    # (dotless ı, ypogegrammeni) fold the same as their re-cased forms.
    decomposed = unicodedata.normalize("NFD", text.upper().casefold().replace("đ", "d"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", stripped.casefold()).strip()
