"""Text folding for look-ups and search: case, Vietnamese diacritics and punctuation ignored."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r" +")


def _fold_char(char: str) -> str:
    # Called once per code point: _FoldTable below keeps the answer.
    # upper() before casefold() so that letters whose case does not round-trip
    # (dotless ı, ypogegrammeni) fold the same as their re-cased forms.
    decomposed = unicodedata.normalize("NFD", char.upper().casefold().replace("đ", "d"))
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    # Spacing vowel signs (Bengali ো is ে + া) are part of their word, not spaces.
    return "".join(c if c.isalnum() or unicodedata.category(c)[0] == "M" else " " for c in kept)


class _FoldTable(dict[int, str]):
    """A str.translate table that fills itself in: code point → folded text."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_TABLE = _FoldTable()


def fold_chars(text: str) -> str:
    """Each character folded on its own, spaces not collapsed: usually as long as ``text``.

    When the result has the same length as ``text`` (it does unless a character
    folds to more or fewer than one, like ``ß`` or a lone combining mark), a
    match in it has the same position in ``text``.
    """
    return text.translate(_TABLE)


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """The folded text, and for each of its characters the index it came from in ``text``.

    Runs of anything but letters and digits become one space; there is none at
    either end.
    """
    out: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        for folded in _TABLE[ord(char)]:
            if folded == " " and (not out or out[-1] == " "):
                continue
            out.append(folded)
            origin.append(index)
    if out and out[-1] == " ":
        out.pop()
        origin.pop()
    return "".join(out), origin


def fold(text: str) -> str:
    """``"Trưởng nhóm  Chăm-sóc"`` → ``"truong nhom cham soc"``."""
    return _SPACES.sub(" ", fold_chars(text)).strip(" ")
