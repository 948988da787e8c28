"""One broken fixture per loader rule, each giving one `file:line:col: field: message`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from careerpath.catalog import Catalog
from careerpath.errors import DataError, NotFoundError, shown
from careerpath.loader import format_field, load_record
from careerpath.model import Role

BAD = Path(__file__).parent / "fixtures" / "bad"

CASES = [
    # fixture, line, column, field, message
    ("duplicate-key", 5, 1, "title", "duplicate key"),
    ("alias", 3, 8, "title", "YAML anchors and aliases (&name, *name) are not allowed"),
    ("merge-key", 4, 3, "title.<<", "merge keys (<<) are not allowed"),
    ("python-tag", 4, 10, "summary", "unsupported YAML tag 'tag:yaml.org,2002:python/object/apply"),
    ("syntax", 4, 8, None, "invalid YAML: did not find expected ',' or '}'"),
    (
        "yaml11-bool",
        5,
        27,
        "degree.en",
        "expected text, got true or false (put the value in quotes)",
    ),
    ("unknown-field", 5, 1, "salray", "unknown field"),
    ("missing-field", 1, 1, None, "missing required field 'title'"),
    ("empty", 1, None, None, "the file is empty"),
    ("top-level-list", 1, 1, None, "expected a mapping of fields, got a list"),
    ("bare-string", 1, 1, None, "expected a mapping of fields, got a single value"),
    ("bad-span", 5, 19, "experience_years", "expected a span of years such as '2-4' or '7+'"),
    ("bad-id", 2, 5, "id", "expected a kebab-case id"),
    ("format-2", 1, 9, "format", "unsupported format 2; this careerpath reads format 1"),
    ("rating-out-of-range", 5, 22, "ratings.work_life", "a rating is from 0 to 5, got 7"),
    (
        "percent-over-100",
        7,
        31,
        "experience_distribution.brackets[0].percent",
        "must be at most 100",
    ),
    ("empty-text", 3, 8, "title", "give the text in at least one language"),
    ("bom", 1, 1, None, "starts with a byte-order mark"),
    ("invalid-utf8", 3, None, None, "not valid UTF-8"),
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
    assert error.message.startswith(message)
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
