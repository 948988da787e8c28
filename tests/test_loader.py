"""One broken fixture per loader rule, each giving one `file:line:col: field: message`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from careerpath.catalog import Catalog
from careerpath.errors import DataError, NotFoundError, shown
from careerpath.loader import load_record
from careerpath.model import Role
from careerpath.yamlfile import format_field

BAD = Path(__file__).parent / "fixtures" / "bad"

CASES = [
    # fixture, line, column, field, message
    ("duplicate-key", 5, 1, "title", "duplicate key"),
    ("alias", 3, 8, "title", "YAML anchors and aliases (&name, *name) are not allowed"),
    ("merge-key", 4, 3, "title.<<", "merge keys (<<) are not allowed"),
    (
        "python-tag",
        4,
        10,
        "summary",
        "unsupported YAML tag 'tag:yaml.org,2002:python/object/apply:os.system'",
    ),
    ("syntax", 4, 8, None, "invalid YAML: did not find expected ',' or '}'"),
    (
        "yaml11-bool",
        5,
        27,
        "degree.en",
        "expected text, got true or false (put the value in quotes)",
    ),
    ("unknown-field", 5, 1, "salray", "unknown field; did you mean 'salary'?"),
    ("missing-field", 1, 1, None, "missing required field 'title'"),
    ("empty", 1, None, None, "the file is empty"),
    ("top-level-list", 1, 1, None, "expected a mapping of fields, got a list"),
    ("bare-string", 1, 1, None, "expected a mapping of fields, got a single value"),
    (
        "bad-span",
        5,
        19,
        "experience_years",
        "expected a span of years such as '2-4' or '7+', got '2..4'",
    ),
    (
        "bad-id",
        2,
        5,
        "id",
        "expected a kebab-case id (lowercase letters and digits joined by single hyphens)",
    ),
    ("format-2", 1, 9, "format", "unsupported format 2; this careerpath reads format 1"),
    ("rating-out-of-range", 5, 22, "ratings.work_life", "a rating is from 0 to 5, got 7"),
    (
        "percent-over-100",
        7,
        31,
        "experience_distribution.brackets[0].percent",
        "must be at most 100",
    ),
    ("empty-text", 3, 8, "title", "give the text in at least one language (vi or en)"),
    ("bom", 1, 1, None, "starts with a byte-order mark; save it as UTF-8 without BOM"),
    ("invalid-utf8", 3, None, None, "not valid UTF-8 (byte 34)"),
]


@pytest.mark.parametrize(("name", "line", "column", "field", "message"), CASES)
def test_each_rule_reports_file_line_field(
    name: str, line: int, column: int | None, field: str | None, message: str
) -> None:
    path = BAD / f"{name}.yaml"
    with pytest.raises(DataError) as caught:
        load_record(path, Role)
    error = caught.value
    assert (error.path, error.line, error.column, error.field) == (path, line, column, field)
    assert error.message == message
    text = str(error)
    assert "\n" not in text
    where = f"{shown(path)}:{line}" + (f":{column}" if column else "")
    assert text.startswith(f"{where}: " + (f"{field}: " if field else ""))


def test_python_tags_never_run(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    path = tmp_path / "evil.yaml"
    path.write_text(
        f'format: 1\nid: x\ntitle: !!python/object/apply:os.system ["touch {marker}"]\n'
    )
    with pytest.raises(DataError):
        load_record(path, Role)
    assert not marker.exists()


def test_alias_bomb_is_refused_quickly(tmp_path: Path) -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for index in range(1, 10):
        previous = chr(ord("a") + index - 1)
        name = chr(ord("a") + index)
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(DataError, match="aliases"):
        load_record(path, Role)


def test_format_field() -> None:
    assert format_field(("duties", 0, "items", 2, "vi")) == "duties[0].items[2].vi"
    assert format_field(()) == ""


def _data_dir(tmp_path: Path, *roles: str) -> Path:
    source = Path(__file__).parents[1] / "careerpath" / "data"
    for folder in ("roles", "ladders"):
        (tmp_path / folder).mkdir()
    for role in roles:
        shutil.copy(source / "roles" / f"{role}.yaml", tmp_path / "roles")
    return tmp_path


def test_broken_file_among_good_ones(tmp_path: Path) -> None:
    root = _data_dir(tmp_path, "team-lead", "service-director")
    shutil.copy(BAD / "duplicate-key.yaml", root / "roles" / "sample.yaml")
    catalog = Catalog([root])
    roles, errors = catalog.roles()
    assert [role.id for role in roles] == ["service-director", "team-lead"]
    assert len(errors) == 1
    assert errors[0].path == root / "roles" / "sample.yaml"
    assert catalog.role("team-lead").id == "team-lead"


def test_id_must_match_file_name(tmp_path: Path) -> None:
    root = _data_dir(tmp_path, "team-lead")
    (root / "roles" / "team-lead.yaml").rename(root / "roles" / "lead.yaml")
    with pytest.raises(DataError, match=r"does not match the file name 'lead\.yaml'"):
        Catalog([root]).role("lead")


@pytest.mark.parametrize(
    "name", ["../../etc/passwd", "/etc/passwd", "team-lead/../x", "roles/team-lead"]
)
def test_names_are_never_paths(name: str) -> None:
    with pytest.raises(NotFoundError):
        Catalog().role(name)


# Inline files, one per rule of the reader and of the message translation:
# text → the whole one-line error (file, line, column, field, message).
HEAD = "format: 1\nid: sample\ntitle: {en: Sample}\nsummary: {en: A role.}\n"
INLINE = [
    ("", "x.yaml:1: the file is empty"),
    ("# only a comment\n", "x.yaml:1: the file is empty"),
    (
        HEAD + "degree: &d {en: x}\n",
        "x.yaml:5:9: degree: YAML anchors and aliases (&name, *name) are not allowed",
    ),
    (
        HEAD + "aliases: [a, *a]\n",
        "x.yaml:5:14: aliases[1]: YAML anchors and aliases (&name, *name) are not allowed",
    ),
    (
        HEAD + "aliases: !!set {a: null}\n",
        "x.yaml:5:10: aliases: unsupported YAML tag 'tag:yaml.org,2002:set'",
    ),
    (HEAD + "aliases: !!seq [a]\n", None),
    (HEAD + "? [a, b]\n: c\n", "x.yaml:5:3: ?: keys must be plain text"),
    (HEAD + "1: one\n", "x.yaml:5:1: 1: keys must be plain text"),
    (
        HEAD + "ratings:\n  work_life: 4\n  work_life: 3\n",
        "x.yaml:7:3: ratings.work_life: duplicate key",
    ),
    (
        HEAD + "ratings: {work_life: 4,2}\n",
        "x.yaml:5:22: ratings.work_life: a decimal comma ends the value in {…}: 'work_life' "
        "reads as 4 and '2' as a new key; write a dot (4.2) or quote it (\"4,2\")",
    ),
    (HEAD + "---\nformat: 1\n", "x.yaml:5: more than one YAML document in the file"),
    (
        HEAD + "summary2:\n\t- x\n",
        "x.yaml:6:1: invalid YAML: found character that cannot start any token (a tab): "
        "indent with spaces, not tabs",
    ),
    (
        HEAD + "salary:\n  - {period: week, currency: VND, total: {min: 1, max: 2}}\n",
        "x.yaml:6:14: salary[0].period: invalid value 'week'; choose one of: year, month, hour",
    ),
    (
        HEAD + "salary:\n  - {period: year, currency: dong, total: {min: 1, max: 2}}\n",
        "x.yaml:6:30: salary[0].currency: "
        "expected a three-letter ISO 4217 currency code such as VND or USD",
    ),
    (
        HEAD + "experience_distribution: {brackets: [{years: 0-1, percent: -1}]}\n",
        "x.yaml:5:60: experience_distribution.brackets[0].percent: must be at least 0",
    ),
    (
        HEAD + "aliases: [1]\n",
        "x.yaml:5:11: aliases[0]: expected text, got a whole number (put the value in quotes)",
    ),
    (HEAD + "aliases: {a: b}\n", "x.yaml:5:10: aliases: expected a list, got a mapping"),
    (
        HEAD + "faq: [{question: {en: q}, answer: [a]}]\n",
        "x.yaml:5:35: faq[0].answer: expected a mapping, got a list",
    ),
    (
        HEAD + "interview: {questions: [{question: {en: q}, date: 2023-13-01}]}\n",
        "x.yaml:5:51: interview.questions[0].date: not a date: 2023-13-01 (month must be in 1..12)",
    ),
]


@pytest.mark.parametrize(("text", "expected"), INLINE)
def test_inline_rule(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, expected: str | None
) -> None:
    monkeypatch.chdir(tmp_path)
    path = Path("x.yaml")
    path.write_text(text, encoding="utf-8")
    if expected is None:
        load_record(path, Role)
        return
    with pytest.raises(DataError) as caught:
        load_record(path, Role)
    assert str(caught.value) == expected


def test_nesting_is_limited(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    path = Path("x.yaml")
    path.write_text(HEAD + "faq: " + "[" * 40 + "]" * 40 + "\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_record(path, Role)
    field = ("faq" + "[0]" * 31)[:80] + "…"  # a long field path is cut
    assert str(caught.value) == f"x.yaml:5:37: {field}: nested more than 32 levels deep"
    path.write_text(HEAD + "faq: " + "[" * 31 + "]" * 31 + "\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:  # 32 levels read; then the record's rules
        load_record(path, Role)
    assert "nested" not in str(caught.value)


def test_size_is_limited(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    path = Path("x.yaml")
    path.write_text(HEAD + "#" * (1_000_000 - len(HEAD)), encoding="utf-8")
    assert load_record(path, Role).id == "sample"  # exactly the limit: read
    path.write_text(HEAD + "#" * (1_000_001 - len(HEAD)), encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_record(path, Role)
    assert str(caught.value) == "x.yaml: file is larger than 1 MB"
