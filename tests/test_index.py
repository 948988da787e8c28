"""The index: never stale, and every command says the same with or without it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import Run
from tests.test_contract import COMMANDS

ROOT = Path(__file__).parents[1]
ROLE = "format: 1\nid: {id}\ntitle: {{en: {title}}}\nsummary: {{en: {summary}}}\n"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    root = tmp_path / "data"
    (root / "roles").mkdir(parents=True)
    for id_ in ("alpha", "beta"):
        _write(root, id_, title=f"Role {id_}", summary=f"About {id_}.")
    return root


@pytest.fixture
def cache(tmp_path: Path) -> dict[str, str | None]:
    """A cache directory of the test's own, so each test starts cold."""
    return {"XDG_CACHE_HOME": str(tmp_path / "cache")}


def _write(root: Path, id_: str, *, title: str, summary: str = "x.") -> Path:
    path = root / "roles" / f"{id_}.yaml"
    path.write_text(ROLE.format(id=id_, title=title, summary=summary), encoding="utf-8")
    return path


def _titles(run: Run, data: Path, env: dict[str, str | None]) -> dict[str, str]:
    result = run("--data-dir", str(data), "list", "-f", "json", env=env)
    return {
        role["id"]: role["title"]["en"]
        for role in json.loads(result.stdout)["roles"]
        if role["origin"] == "--data-dir"
    }


def test_the_index_is_written_and_used(
    run: Run, data: Path, cache: dict[str, str | None], monkeypatch: pytest.MonkeyPatch
) -> None:
    listed = run("--data-dir", str(data), "list", "-f", "json", env=cache).stdout
    searched = run("--data-dir", str(data), "search", "about", "-f", "json", env=cache).stdout
    tables = Path(str(cache["XDG_CACHE_HOME"])).glob("careerpath/*.msgpack")
    assert sorted(path.name.split("-")[0] for path in tables) == ["cards", "ladders", "search"]

    def no_yaml(*_: object) -> None:
        raise AssertionError("a YAML file was read")

    # With nothing changed, listing and searching read no YAML file at all.
    monkeypatch.setattr("careerpath.loader.load_with_document", no_yaml)
    assert run("--data-dir", str(data), "list", "-f", "json", env=cache).stdout == listed
    again = run("--data-dir", str(data), "search", "about", "-f", "json", env=cache)
    assert again.stdout == searched


def test_index_follows_edits_even_of_the_same_size(
    run: Run, data: Path, cache: dict[str, str | None]
) -> None:
    assert _titles(run, data, cache) == {"alpha": "Role alpha", "beta": "Role beta"}
    _write(data, "alpha", title="Role ALPHA")  # same size, new content
    assert _titles(run, data, cache)["alpha"] == "Role ALPHA"


def test_index_follows_added_removed_and_renamed_files(
    run: Run, data: Path, cache: dict[str, str | None]
) -> None:
    _titles(run, data, cache)
    _write(data, "gamma", title="Role gamma")
    assert set(_titles(run, data, cache)) == {"alpha", "beta", "gamma"}
    (data / "roles" / "beta.yaml").unlink()
    assert set(_titles(run, data, cache)) == {"alpha", "gamma"}
    (data / "roles" / "gamma.yaml").rename(data / "roles" / "delta.yaml")
    text = (data / "roles" / "delta.yaml").read_text().replace("id: gamma", "id: delta")
    (data / "roles" / "delta.yaml").write_text(text)
    assert _titles(run, data, cache) == {"alpha": "Role alpha", "delta": "Role gamma"}


def test_index_follows_search_text(run: Run, data: Path, cache: dict[str, str | None]) -> None:
    def found(query: str) -> list[str]:
        result = run("--data-dir", str(data), "search", query, "-f", "json", env=cache)
        return [r["role"] for r in json.loads(result.stdout)["results"]]

    assert found("zebra") == []
    _write(data, "beta", title="Role beta", summary="Looks after the zebras.")
    assert found("zebra") == ["beta"]


def test_broken_files_are_reported_every_time(
    run: Run, data: Path, cache: dict[str, str | None]
) -> None:
    (data / "roles" / "beta.yaml").write_text("format: 1\nid: beta\ntitle: [\n")
    for _ in range(2):
        result = run("--data-dir", str(data), "list", "--strict", env=cache)
        assert result.exit_code == 1
        assert result.stderr.count("beta.yaml") == 1
    _write(data, "beta", title="Fixed")
    assert _titles(run, data, cache)["beta"] == "Fixed"


def test_a_corrupt_or_unwritable_index_is_ignored(
    run: Run, data: Path, cache: dict[str, str | None], tmp_path: Path
) -> None:
    expected = _titles(run, data, cache)
    for path in Path(str(cache["XDG_CACHE_HOME"])).glob("careerpath/*.msgpack"):
        path.write_bytes(b"\x00garbage")
    assert _titles(run, data, cache) == expected
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache directory should be")
    assert _titles(run, data, {"XDG_CACHE_HOME": str(blocked)}) == expected


@pytest.mark.parametrize("command", list(COMMANDS))
@pytest.mark.parametrize("output", ["json", "table"])
def test_same_output_with_and_without_the_index(
    run: Run, command: str, output: str, cache: dict[str, str | None]
) -> None:
    args, _ = COMMANDS[command]
    cold = run(*args, "-f", output, env=cache)
    warm = run(*args, "-f", output, env=cache)
    without = run(*args, "-f", output, env={**cache, "CAREERPATH_NO_INDEX": "1"})
    assert cold.stdout == warm.stdout == without.stdout
    assert cold.exit_code == warm.exit_code == without.exit_code


def test_benchmark_smoke_mode() -> None:
    fixtures = ROOT / "tests" / "fixtures"
    onet = ["--onet", str(fixtures / "onet" / "db_29_3_text")]
    wages = ["--wages", str(fixtures / "oews" / "national_M2025_dl.csv")]
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench.py"), "--smoke", *onet, *wages],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "python -c pass" in result.stdout
    for target in (
        "careerpath show team-lead",
        "careerpath --help",
        "peak memory of show",
        "careerpath import onet (seconds)",
        "careerpath search TWO WORDS at 11 real",
    ):
        assert target in result.stdout


def test_looked_up_roles_come_from_the_record_cache(
    run: Run, data: Path, cache: dict[str, str | None], monkeypatch: pytest.MonkeyPatch
) -> None:
    first = run("--data-dir", str(data), "show", "alpha", "-f", "json", env=cache).stdout

    def no_yaml(*_: object) -> None:
        raise AssertionError("a YAML file was read")

    with monkeypatch.context() as patched:
        patched.setattr("careerpath.loader.load_with_document", no_yaml)
        again = run("--data-dir", str(data), "show", "alpha", "-f", "json", env=cache).stdout
        assert again == first
    _write(data, "alpha", title="Role Alpha edited")
    edited = run("--data-dir", str(data), "show", "alpha", "-f", "json", env=cache).stdout
    assert json.loads(edited)["role"]["title"]["en"] == "Role Alpha edited"


def test_the_suite_never_touches_the_real_user_directories(private_user_dirs: Path) -> None:
    from careerpath.catalog import user_data_dir
    from careerpath.index import cache_dir

    assert cache_dir().is_relative_to(private_user_dirs)
    assert user_data_dir().is_relative_to(private_user_dirs)


@pytest.mark.parametrize(
    ("environ", "data", "cache"),
    [
        ({"XDG_DATA_HOME": "/x/data", "XDG_CACHE_HOME": "/x/cache"}, "/x/data", "/x/cache"),
        ({"XDG_DATA_HOME": "", "XDG_CACHE_HOME": " "}, "~/.local/share", "~/.cache"),
        ({"XDG_DATA_HOME": "~/d", "XDG_CACHE_HOME": "~/c"}, "~/d", "~/c"),
    ],
)
def test_user_directories_agree_with_platformdirs(
    monkeypatch: pytest.MonkeyPatch, environ: dict[str, str], data: str, cache: str
) -> None:
    import platformdirs

    from careerpath.userdirs import cache_dir, data_dir

    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    assert data_dir() == Path(data).expanduser() / "careerpath"
    assert cache_dir() == Path(cache).expanduser() / "careerpath"
    if sys.platform.startswith("linux") and all(v.strip() for v in environ.values()):
        if not any(v.startswith("~") for v in environ.values()):
            assert data_dir() == Path(platformdirs.user_data_dir("careerpath", appauthor=False))
            assert cache_dir() == Path(platformdirs.user_cache_dir("careerpath", appauthor=False))


def test_the_cache_keeps_only_the_most_recently_used_search_paths(run: Run, tmp_path: Path) -> None:
    """Each set of --data-dir folders has its own index; old sets go as new ones come."""
    from careerpath.index import KEEP_SEARCH_PATHS

    cache = tmp_path / "cache"
    env: dict[str, str | None] = {"XDG_CACHE_HOME": str(cache)}
    folders = []
    for number in range(KEEP_SEARCH_PATHS + 4):
        folder = tmp_path / f"data-{number}"
        (folder / "roles").mkdir(parents=True)
        folders.append(folder)
        assert run("--data-dir", str(folder), "list", env=env).exit_code == 0

    def kept() -> set[str]:
        return {path.name.split("-")[1] for path in (cache / "careerpath").glob("*.msgpack")}

    before = kept()
    assert len(before) == KEEP_SEARCH_PATHS
    # An evicted set used again comes back, and the least recently used one goes.
    assert run("--data-dir", str(folders[0]), "list", env=env).exit_code == 0
    after = kept()
    assert len(after) == KEEP_SEARCH_PATHS
    assert len(after - before) == 1 and len(before - after) == 1


def test_prune_drops_the_oldest_sets_records_and_stale_temporary_files(tmp_path: Path) -> None:
    import os

    from careerpath.index import STALE_SECONDS, prune

    (tmp_path / "records").mkdir()
    for number in range(5):
        for kind in ("cards", "ladders"):
            path = tmp_path / f"{kind}-{number:016x}.msgpack"
            path.write_bytes(b"x")
            os.utime(path, (1000 + number, 1000 + number))
        record = tmp_path / "records" / f"{number:016x}.msgpack"
        record.write_bytes(b"x")
        os.utime(record, (1000 + number, 1000 + number))
    stale = tmp_path / ".cards-0000000000000009.msgpack.abc"
    stale.write_bytes(b"")
    os.utime(stale, (0, 0))
    fresh = tmp_path / ".cards-0000000000000008.msgpack.def"
    fresh.write_bytes(b"")
    mine = tmp_path / "notes.txt"  # not the cache's: never touched
    mine.write_text("keep")
    assert STALE_SECONDS < 10**9
    removed = prune(tmp_path, keep_search_paths=2, keep_records=3)
    assert removed == 6 + 2 + 1
    left = sorted(path.name for path in tmp_path.iterdir() if path.is_file())
    assert left == [
        ".cards-0000000000000008.msgpack.def",
        "cards-0000000000000003.msgpack",
        "cards-0000000000000004.msgpack",
        "ladders-0000000000000003.msgpack",
        "ladders-0000000000000004.msgpack",
        "notes.txt",
    ]
    assert sorted(path.name for path in (tmp_path / "records").iterdir()) == [
        f"{number:016x}.msgpack" for number in (2, 3, 4)
    ]


def test_paths_shows_every_folder_and_clears_the_cache(
    run: Run, data: Path, cache: dict[str, str | None]
) -> None:
    assert run("--data-dir", str(data), "list", env=cache).exit_code == 0
    shown = json.loads(run("--data-dir", str(data), "paths", "-f", "json", env=cache).stdout)
    folder = Path(str(cache["XDG_CACHE_HOME"])) / "careerpath"
    assert shown["cache"]["folder"] == str(folder)
    assert shown["cache"]["files"] == len([p for p in folder.rglob("*") if p.is_file()]) > 0
    assert shown["cache"]["bytes"] == sum(
        p.stat().st_size for p in folder.rglob("*") if p.is_file()
    )
    assert shown["search_path"][0]["origin"] == "bundled"
    assert shown["search_path"][-1] == {"path": str(data), "origin": "--data-dir"}
    assert shown["data_dir"].endswith("careerpath")
    cleared = run("paths", "--clear-cache", env=cache)
    assert cleared.exit_code == 0
    assert cleared.stderr.startswith(f"careerpath: removed {shown['cache']['files']} files (")
    assert cleared.stderr.endswith(f") from {folder}\n")
    assert not [p for p in folder.rglob("*") if p.is_file()]
    table = run("paths", env=cache).stdout
    assert "0 files, 0 B; keeps the 8 most recently used search paths" in table
    assert "careerpath paths --clear-cache" in table


# INDEX_FORMAT and the fingerprint of what the index keeps at that format.
INDEX_SHAPES = "19 19fa8a4607b61a24"


def _shape(type_: object, seen: set[object] | None = None) -> str:
    """A type written out with every field of every record in it, recursively."""
    import types
    import typing

    import msgspec

    seen = set() if seen is None else seen
    if isinstance(type_, type) and issubclass(type_, msgspec.Struct):
        if type_ in seen:
            return type_.__name__
        seen.add(type_)
        config = type_.__struct_config__
        fields = ",".join(
            f"{field.name}:{_shape(field.type, seen)}" for field in msgspec.structs.fields(type_)
        )
        return f"{type_.__name__}[array={config.array_like}]{{{fields}}}"
    origin = typing.get_origin(type_)
    if origin is typing.Annotated:
        base, *meta = typing.get_args(type_)
        return f"Annotated[{_shape(base, seen)},{','.join(map(repr, meta))}]"
    if origin is not None:
        args = ",".join(_shape(arg, seen) for arg in typing.get_args(type_))
        union = origin is typing.Union or origin is types.UnionType  # X | Y is Union[X, Y]
        return f"{'Union' if union else getattr(origin, '__name__', repr(origin))}[{args}]"
    return getattr(type_, "__name__", repr(type_))


def test_index_format_changes_with_what_the_index_keeps() -> None:
    """The index is kept across runs and releases: a change in the shape of what it
    stores (cards, search texts, ladders, records), in the search sections stored by
    number, or in folding must come with a new INDEX_FORMAT, or old caches are read
    as the new shape. On failure: raise INDEX_FORMAT, then record the new line."""
    import hashlib

    from careerpath.catalog import Rungs
    from careerpath.index import INDEX_FORMAT, Entry, Table
    from careerpath.listing import RoleCard
    from careerpath.model import Ladder, Role
    from careerpath.normalize import fold
    from careerpath.search import SECTIONS, Searchable

    kinds = (Table, Entry, RoleCard, Searchable, Ladder, Role, Rungs)
    parts = [_shape(kind) for kind in kinds]
    parts.append(repr(SECTIONS))
    parts.append(fold("Giám Đốc ĐIỀU HÀNH — Ω Straße Ⅻ ﬁ 2–4 năm"))
    fingerprint = hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]
    assert f"{INDEX_FORMAT} {fingerprint}" == INDEX_SHAPES


def test_paths_never_cut_a_folder_at_40_columns(run: Run, data: Path) -> None:
    """Folders are long words: at 40 columns each stands under its label, whole when
    it fits, and beside it when every folder fits there."""
    env: dict[str, str | None] = {"XDG_DATA_HOME": "/d", "COLUMNS": "40"}
    narrow = run("--data-dir", str(data), "paths", env=env).stdout.splitlines()
    assert max(len(line) for line in narrow) <= 40
    assert narrow[:3] == ["Your data", "  /d/careerpath", "Search path"]
    wide = run("--data-dir", str(data), "paths", env={**env, "COLUMNS": "200"}).stdout
    assert wide.splitlines()[0] == "Your data    /d/careerpath"
