"""Text from a data file is data in every output, never markup.

Two catalogues are written with the same shape: one whose every text field
holds a hostile string (HTML, Markdown syntax at the start of lines, emphasis,
links, entities, formulas), and its twin in which every ASCII punctuation
character of those strings is a letter. Rendered through a real Markdown
parser, the two must give the same document structure (no heading, list,
quote, tag or link appears that plain text would not make), and the hostile
strings must read back exactly; exports and CSV are checked the same way.
"""

from __future__ import annotations

import csv
import io
import string
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

from tests.conftest import Run

HOSTILE = [
    "<img src=x onerror=alert(1)>",
    "First line\n# Injected heading\n- injected item",
    "*Star* Co",
    "[click](javascript:alert(1)) ![x](http://x/y.png)",
    "`code` and ``more`` <https://example.com>",
    "| a | b |\n|---|---|\n| c | d |",
    "1. ordered\n2) second",
    "> quoted\n>> more",
    "Title ##",
    "&lt;b&gt; &amp; &#60; &copy;",
    '=HYPERLINK("http://x","y")',
    "    indented code\n\n    more code",
    "zebra\n---\n===",
    "_under_ __strong__ ~~gone~~ \\*",
    "<script>alert(1)</script></svg>",
    "trailing backslash \\",
    "+ plus item\n* star item\n-dash",
    "@SUM(A1) +1 -2",
]


def _benign(text: str) -> str:
    """The same text with every ASCII punctuation character turned into a letter."""
    return "".join("x" if char in string.punctuation else char for char in text)


class _Texts:
    """Hands out the hostile strings in turn (or their benign twins)."""

    def __init__(self, benign: bool) -> None:
        self.benign = benign
        self.count = 0

    def plain(self) -> str:
        text = HOSTILE[self.count % len(HOSTILE)]
        self.count += 1
        return _benign(text) if self.benign else text

    def both(self) -> dict[str, str]:
        return {"vi": self.plain() + " việt", "en": self.plain()}


def _role(id_: str, texts: _Texts, related: str) -> dict[str, Any]:
    t = texts.both
    return {
        "format": 1,
        "id": id_,
        "title": t(),
        "summary": t(),
        "duties": [{"heading": t(), "items": [t(), t()]}],
        "degree": t(),
        "experience_years": "2-4",
        "ratings": {"work_life": 4.0, "career_opportunity": 3.5},
        "salary": [
            {
                "period": "year",
                "currency": "USD",
                "label": t(),
                "total": {"min": 50000, "max": 70000},
                "note": t(),
            }
        ],
        "experience_distribution": {
            "brackets": [{"years": "0-2", "percent": 40}, {"years": "2+", "percent": 60}],
            "note": t(),
        },
        "requirements": [{"heading": t(), "items": [t()]}],
        "interview": {
            "questions": [
                {
                    "question": t(),
                    "company": texts.plain(),
                    "source": texts.plain(),
                    "company_rating": 4.1,
                    "date": "2024-01-02",
                    "answers": 2,
                    "sample_answer": t(),
                }
            ],
            "common_questions": [t()],
        },
        "faq": [{"question": t(), "answer": t()}],
        "sources": [
            {
                "title": texts.plain(),
                "language": "vi",
                "reference": texts.plain(),
                "note": t(),
                "edition": texts.plain(),
                "license": texts.plain(),
                "attribution": texts.plain(),
            }
        ],
        "codes": {"soc": "43-1011", "note": t()},
        "also_called": [texts.plain(), texts.plain()],
        "job_zone": {"zone": 3, "name": t(), "experience": t(), "education": t(), "training": t()},
        "education": {"levels": [{"level": t(), "percent": 100}], "note": t()},
        "skills": [{"name": t(), "importance": 4, "level": 3}],
        "interests": {"social": 5, "enterprising": 4, "conventional": 3, "code": "SEC"},
        "related": [{"role": related, "title": t(), "tier": "primary-short"}],
    }


def _catalogue(root: Path, benign: bool) -> Path:
    texts = _Texts(benign)
    (root / "roles").mkdir(parents=True)
    (root / "ladders").mkdir()
    for id_, other in (("hostile-a", "hostile-b"), ("hostile-b", "hostile-a")):
        document = yaml.safe_dump(_role(id_, texts, other), allow_unicode=True, sort_keys=False)
        (root / "roles" / f"{id_}.yaml").write_text(document, encoding="utf-8")
    ladder = {
        "format": 1,
        "id": "hostile",
        "title": texts.both(),
        "steps": [
            {"role": "hostile-a", "title": texts.both(), "years": "1-3"},
            {"role": "hostile-b", "title": texts.both(), "years": "3+"},
        ],
    }
    (root / "ladders" / "hostile.yaml").write_text(
        yaml.safe_dump(ladder, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    return root


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _catalogue(tmp_path_factory.mktemp("hostile"), benign=False)


@pytest.fixture(scope="module")
def benign(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _catalogue(tmp_path_factory.mktemp("benign"), benign=True)


VIEWS = {
    "show": ["show", "hostile-a"],
    "interview": ["interview", "hostile-a"],
    "compare": ["compare", "hostile-a", "hostile-b"],
    "list": ["list", "--ladder", "hostile"],
    "ladder": ["ladder", "hostile"],
    "ladders": ["ladder"],
    "salary": ["salary", "hostile-a", "hostile-b"],
    "search": ["search", "zebra"],
    "related": ["related", "hostile-a"],
    "path": ["path", "hostile-a", "hostile-b"],
}


def _render(run: Run, data: Path, args: list[str], *more: str) -> str:
    result = run("--data-dir", str(data), *args, *more)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def _shape(tokens: list[Token]) -> list[tuple[str, ...]]:
    """The document's structure: every block and inline token but the text in it."""
    shape: list[tuple[str, ...]] = []
    for token in tokens:
        shape.append((token.type, token.tag, str(token.nesting)))
        previous = ""
        for child in token.children or []:
            kind = "text" if child.type in ("text", "text_special") else child.type
            if kind == "text" and previous == "text":
                continue  # escapes may split a text; it is still one text
            shape.append(("  " + kind, child.tag, str(child.nesting)))
            previous = kind
    return shape


def _visible(tokens: list[Token]) -> str:
    """What a reader sees: the text of every token, line breaks as spaces."""
    parts = []
    for token in tokens:
        for child in token.children or []:
            if child.type in ("text", "text_special", "code_inline"):
                parts.append(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                parts.append(" ")
        parts.append(" ")
    return " ".join("".join(parts).split())


MARKDOWN = MarkdownIt("commonmark").enable(["table", "strikethrough"])


@pytest.mark.parametrize("lang", ["en", "vi"])
@pytest.mark.parametrize("view", VIEWS)
def test_markdown_reads_as_the_data(
    run: Run, hostile: Path, benign: Path, view: str, lang: str
) -> None:
    args = [*VIEWS[view], "--lang", lang, "-f", "markdown"]
    bad = MARKDOWN.parse(_render(run, hostile, args))
    good = MARKDOWN.parse(_render(run, benign, args))
    assert _shape(bad) == _shape(good)
    assert not [t for t in bad if t.type == "html_block"]


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_markdown_profile_shows_every_hostile_string_as_written(
    run: Run, hostile: Path, lang: str
) -> None:
    shown = _visible(
        MARKDOWN.parse(
            _render(run, hostile, ["show", "hostile-a", "--lang", lang, "-f", "markdown"])
        )
    )
    for text in HOSTILE:
        assert " ".join(text.split()) in shown, text


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attributes: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes.update(name for name, _ in attrs)
        self.links.extend(value or "" for name, value in attrs if name in ("href", "src"))


def _export(run: Run, data: Path, tmp_path: Path, name: str) -> str:
    out = tmp_path / name
    result = run("--data-dir", str(data), "show", "hostile-a", "--export", str(out))
    assert result.exit_code == 0, result.stderr
    return out.read_text(encoding="utf-8")


def test_html_export_holds_the_data_as_text(
    run: Run, hostile: Path, benign: Path, tmp_path: Path
) -> None:
    bad, good = _Tags(), _Tags()
    bad.feed(_export(run, hostile, tmp_path, "bad.html"))
    good.feed(_export(run, benign, tmp_path, "good.html"))
    # Lines may wrap elsewhere (the texts differ), so spans differ in number, not kind.
    assert set(bad.tags) == set(good.tags)
    assert bad.attributes == good.attributes
    assert "script" not in bad.tags
    assert not bad.links


def test_svg_export_holds_the_data_as_text(
    run: Run, hostile: Path, benign: Path, tmp_path: Path
) -> None:
    bad = ET.fromstring(_export(run, hostile, tmp_path, "bad.svg"))  # well-formed: no early </svg>
    good = ET.fromstring(_export(run, benign, tmp_path, "good.svg"))
    assert {e.tag for e in bad.iter()} == {e.tag for e in good.iter()}
    assert not [e for e in bad.iter() if e.tag.endswith("}script")]
    text = " ".join("".join(bad.itertext()).split())
    assert "<script>alert(1)</script></svg>" in text.replace("\xa0", " ")


@pytest.mark.parametrize("view", ["compare", "list", "interview", "salary", "search", "ladder"])
def test_csv_cells_never_start_a_formula(run: Run, hostile: Path, view: str) -> None:
    args = [*VIEWS[view], "-f", "csv"]
    if view == "list":
        args = ["list", "-f", "csv"]
    rows = list(csv.reader(io.StringIO(_render(run, hostile, args))))
    cells = [cell for row in rows for cell in row]
    assert cells
    for cell in cells:
        if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
            float(cell)  # only a number may start so


def test_control_characters_are_refused_where_they_stand(run: Run, tmp_path: Path) -> None:
    """An escape sequence in a profile would drive the reader's terminal: the file is
    refused with one line naming where, and no escape reaches either stream."""
    root = tmp_path / "data"
    (root / "roles").mkdir(parents=True)
    (root / "roles" / "esc.yaml").write_text(
        "format: 1\nid: esc\ntitle: {en: Esc}\n"
        'summary: {en: "fine\\tline", vi: "\\e]8;;http://x\\a link \\e[2J"}\n',
        encoding="utf-8",
    )
    for args in (["show", "esc"], ["validate", str(root)], ["show", "esc", "-f", "markdown"]):
        result = run("--data-dir", str(root), *args)
        assert result.exit_code == 1, args
        assert "\x1b" not in result.stdout + result.stderr, args
        assert "\x07" not in result.stdout + result.stderr, args
    result = run("--data-dir", str(root), "show", "esc")
    assert result.stderr == (
        f"{root / 'roles' / 'esc.yaml'}:4:33: summary.vi: control character U+001B in text: "
        "it would change what a terminal shows; remove it (line breaks and tabs are fine)\n"
    )
