"""Find, load and look up role profiles and ladders.

Data lives in directories laid out as ``roles/<id>.yaml`` and
``ladders/<id>.yaml``. The search path, lowest precedence first, is the
bundled data, the catalogues imported into the user data directory (its
folders that hold :data:`IMPORT_MANIFEST`, by name), the user data directory
itself, the directories in ``CAREERPATH_PATH`` and those given with
``--data-dir``; a file in a later directory replaces the
one with the same id in an earlier one.

Looking a role up by its id reads only that one file; the file to read always
comes from a directory listing, never from a path built out of what the user
typed.
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

import msgspec

from careerpath import index
from careerpath.errors import CareerpathError, DataError, NotFoundError
from careerpath.kinds import BY_RECORD, Kind
from careerpath.listing import CodeCard, RoleCard, RoleListing, card_of, code_card, role_listings
from careerpath.model import SOC_PATTERN, Ladder, QuestionBank, Role, decode_hook, source_form
from careerpath.normalize import fold
from careerpath.search import Searchable, searchable_role

IMPORT_MANIFEST = "careerpath-import.json"  # marks a folder written by `careerpath import`
if TYPE_CHECKING:
    from careerpath.match import MatchProfile

T = TypeVar("T", Role, Ladder, QuestionBank)
P = TypeVar("P")


def bundled_data_dir() -> Path:
    """The data directory shipped inside the package.

    Found beside this module rather than through importlib.resources, which
    costs several milliseconds of imports on every run; careerpath is always
    installed as files (its data directory is listed and read as such).
    """
    return Path(__file__).parent / "data"


def user_data_dir() -> Path:
    """The user's own data directory, e.g. ~/.local/share/careerpath."""
    from careerpath.userdirs import data_dir

    return data_dir()


def imported_catalogues(folder: Path) -> list[Path]:
    """The catalogues ``careerpath import`` wrote into ``folder``, by name."""
    try:
        children = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        return []
    return [
        Path(entry.path)
        for entry in children
        # a hidden folder is an import's work in progress, or what a killed one left
        if not entry.name.startswith(".")
        and entry.is_dir()
        and os.path.isfile(os.path.join(entry.path, IMPORT_MANIFEST))  # noqa: PTH113, PTH118
    ]


class DataDir(NamedTuple):
    """One directory of the search path, and where it came from."""

    path: Path
    origin: str  # "bundled", "import", "user", "CAREERPATH_PATH" or "--data-dir"


class DataDirError(CareerpathError):
    """A data directory that was named but cannot be used."""


def _usable(path: Path, origin: str) -> DataDir:
    if not path.exists():
        raise DataDirError("data_dir_missing", path=str(path), origin=origin)
    if not path.is_dir():
        raise DataDirError("data_dir_not_dir", path=str(path), origin=origin)
    if not os.access(path, os.R_OK | os.X_OK):
        raise DataDirError("data_dir_unreadable", path=str(path), origin=origin)
    return DataDir(path, origin)


def search_path(
    data_dirs: Sequence[Path] = (), environ: Mapping[str, str] | None = None
) -> list[DataDir]:
    """Every data directory, lowest precedence first; named ones must exist."""
    environ = os.environ if environ is None else environ
    dirs = [DataDir(bundled_data_dir(), "bundled")]
    user = user_data_dir()
    if user.is_dir():
        dirs.extend(DataDir(folder, "import") for folder in imported_catalogues(user))
        dirs.append(DataDir(user, "user"))
    for part in environ.get("CAREERPATH_PATH", "").split(os.pathsep):
        if part:
            dirs.append(_usable(Path(part), "CAREERPATH_PATH"))
    dirs.extend(_usable(path, "--data-dir") for path in data_dirs)
    return dirs


class Found(NamedTuple):
    """A data file, and the directory of the search path it is in.

    The path is kept as text: thousands of Path objects cost more than the
    rest of listing them.
    """

    path: str
    source: DataDir


class Rungs(msgspec.Struct, array_like=True, frozen=True):
    """What the index keeps of a ladder to find it and the ladders of a role."""

    id: str
    aliases: list[str]
    titles: list[str]
    subject: str | None  # the role a derived pathway is for; None: a written ladder
    roles: list[str]
    years: list[tuple[int, int | None] | None]  # each step's span, as (min, max); None: not given
    extends: str | None = None  # the ladder whose steps this one takes


def rungs_of(ladder: Ladder) -> Rungs:
    return Rungs(
        id=ladder.id,
        aliases=list(ladder.aliases),
        titles=[title for title in (ladder.title.vi, ladder.title.en) if title],
        subject=ladder.derived.subject if ladder.derived else None,
        roles=[step.role for step in ladder.steps],
        years=[(step.years.min, step.years.max) if step.years else None for step in ladder.steps],
        extends=ladder.extends,
    )


class _Shelf(Generic[T]):
    """The files of one kind (roles or ladders) across the data directories.

    The directories are listed once, by name only (no file is opened), and
    only when something needs them.
    """

    def __init__(self, kind: type[T], roots: Iterable[DataDir], *, use_index: bool) -> None:
        self.kind: type[T] = kind
        self.roots = list(roots)
        self.use_index = use_index
        self._loaded: dict[str, T] = {}
        self._resolving: set[str] = set()  # ladders whose base is being read
        self.unreadable: list[DataError] = []  # folders that could not be listed

    @cached_property
    def found(self) -> dict[str, Found]:
        """id → file; a later directory's file replaces an earlier one's. A folder that
        cannot be listed is skipped like a file that cannot be read."""
        found: dict[str, Found] = {}
        for root in self.roots:
            folder = os.path.join(root.path, BY_RECORD[self.kind].folder)  # noqa: PTH118 - see Found
            try:
                names = sorted(os.listdir(folder))  # noqa: PTH208 - see Found
            except (FileNotFoundError, NotADirectoryError):
                continue
            except OSError as error:
                reason = error.strerror or str(error)
                self.unreadable.append(DataError(folder, f"cannot read the folder: {reason}"))
                continue
            prefix = folder + os.sep
            for name in names:
                if name.endswith(".yaml") and not name.startswith("."):
                    found[name[:-5]] = Found(prefix + name, root)
        return found

    @cached_property
    def files(self) -> dict[str, str]:
        return {id_: found.path for id_, found in self.found.items()}

    def get(self, id_: str, *, cache: bool = False) -> T:
        """The record with this id; with ``cache``, kept in (and read from) the
        record cache, for commands that look up a few roles by name."""
        if id_ not in self._loaded:
            path = Path(self.files[id_])
            record = index.cached_record(path, self.kind) if cache and self.use_index else None
            if record is None:
                from careerpath.loader import load_with_document  # YAML only when read

                loaded, document = load_with_document(path, self.kind)
                if loaded.id != id_:
                    raise document.error(
                        ("id",), f"id {loaded.id!r} does not match the file name {path.name!r}"
                    )
                record = loaded
                if cache and self.use_index:
                    index.store_record(path, record)
            # careerpath's Vietnamese for what an earlier import wrote in English only;
            # after the record cache, which keeps the file's own
            if isinstance(record, Role):
                from careerpath.translations import translated

                record = translated(record)  # type: ignore[assignment]
            elif isinstance(record, Ladder) and record.derived is not None:
                from careerpath.translations import translated_ladder

                record = translated_ladder(record)  # type: ignore[assignment]
            if isinstance(record, Ladder) and record.extends is not None:
                record = self._extended(record, path)  # type: ignore[assignment]
            self._loaded[id_] = record
        return self._loaded[id_]

    def _extended(self, ladder: Ladder, path: Path) -> Ladder:
        """A ladder that extends another, as a whole: the other's steps with its
        additions laid over them (careerpath.ladder.extended)."""
        from careerpath.ladder import extended

        base_id = ladder.extends
        assert base_id is not None
        if base_id == ladder.id or base_id in self._resolving:
            raise DataError(path, f"extends ladder '{base_id}', which extends it", field="extends")
        if base_id not in self.files:
            raise DataError(
                path, f"extends ladder '{base_id}', which is not in the data", field="extends"
            )
        self._resolving.add(ladder.id)
        try:
            base = self.get(base_id)
        finally:
            self._resolving.discard(ladder.id)
        assert isinstance(base, Ladder)
        return extended(ladder, base, path)

    def load_all(self) -> tuple[list[T], list[DataError]]:
        records: list[T] = []
        errors: list[DataError] = []
        files = self.files
        errors.extend(self.unreadable)
        for id_ in sorted(files):
            try:
                records.append(self.get(id_))
            except DataError as error:
                errors.append(error)
        return records, errors

    def find(
        self,
        name: str,
        all_names: Callable[[], Iterable[tuple[str, list[str], list[str]]]],
        common_names: Callable[[], Iterable[tuple[str, list[str]]]] = lambda: (),
    ) -> T:
        """Look a record up by id, alias or title, ignoring case and diacritics; failing
        that, by the words of its titles, when one record alone has them all.

        ``all_names`` gives (id, names, titles) of every record, from the index when on;
        ``common_names`` (id, the other names people use) of those that have them,
        which come after ids, aliases, codes and titles, and may name several
        records (the user picks one).
        """
        if name in self.files:
            return self.get(name, cache=True)
        wanted = fold(name)
        names: dict[str, str] = {}
        words: list[tuple[str, set[str]]] = []
        for id_, candidates, titles in all_names():
            for candidate in candidates:
                names.setdefault(fold(candidate), id_)
            words.append((id_, {word for title in titles for word in fold(title).split()}))
        if wanted in names:
            return self.get(names[wanted], cache=True)
        known_as = sorted(
            {id_ for id_, common in common_names() if any(fold(n) == wanted for n in common)}
        )
        if len(known_as) == 1:
            return self.get(known_as[0], cache=True)
        if known_as:
            raise AmbiguousNameError(BY_RECORD[self.kind].name, name, known_as)
        asked = set(wanted.split())
        having = sorted({id_ for id_, title_words in words if asked and asked <= title_words})
        if len(having) == 1:
            return self.get(having[0], cache=True)
        if having:
            raise AmbiguousNameError(BY_RECORD[self.kind].name, name, having)
        close = difflib.get_close_matches(wanted, list(names), n=5, cutoff=0.6)
        suggestions = list(dict.fromkeys(names[match] for match in close))
        raise NotFoundError(BY_RECORD[self.kind].name, name, suggestions[:3])


def _names(record: Role | Ladder | RoleCard) -> tuple[str, list[str], list[str]]:
    """A record's id, every name it answers to (id, aliases, O*NET code and titles),
    and its titles."""
    titles = [title for title in (record.title.vi, record.title.en) if title]
    codes = getattr(record, "codes", None)
    onet = [codes.onet] if codes is not None and codes.onet else []
    return record.id, [record.id, *record.aliases, *onet, *titles], titles


class AmbiguousNameError(CareerpathError):
    """Words that several records' titles share: the user must pick one."""

    SHOWN = 8

    def __init__(self, kind: str, name: str, ids: list[str]) -> None:
        shown = ", ".join(ids[: self.SHOWN]) + (" …" if len(ids) > self.SHOWN else "")
        super().__init__("ambiguous_name", kind=kind, name=name, ids=shown, n=len(ids))

    def text(self, lang: str) -> str:
        from careerpath.messages import say

        values = dict(self.values)
        values["kind"] = say(f"kind_{values['kind']}s", lang)
        return say(self.key, lang, **values)


class AmbiguousCodeError(CareerpathError):
    """A SOC code that several occupations share: the user must pick one."""


class Catalog:
    """Every role and ladder reachable from the data directories."""

    def __init__(
        self, roots: Iterable[DataDir | Path] | None = None, *, use_index: bool | None = None
    ) -> None:
        given = list(roots) if roots is not None else search_path()
        self.roots = [
            root if isinstance(root, DataDir) else DataDir(root, "--data-dir") for root in given
        ]
        self.use_index = index.enabled() if use_index is None else use_index
        self._roles = _Shelf(Role, self.roots, use_index=self.use_index)
        self._ladders = _Shelf(Ladder, self.roots, use_index=self.use_index)
        self._banks = _Shelf(QuestionBank, self.roots, use_index=self.use_index)
        self._cached: dict[str, tuple[Any, list[DataError]]] = {}
        self._imports: dict[Path, bool] = {}

    def _indexed(
        self, kind: str, payload_type: type[P], shelf: _Shelf[Any], make: Callable[[str], P]
    ) -> tuple[list[P], list[DataError]]:
        """One payload per file of ``shelf``, sorted by id; through the index when on."""
        if kind not in self._cached:
            files = {id_: shelf.files[id_] for id_ in sorted(shelf.files)}
            if self.use_index:
                roots = [root.path for root in self.roots]
                found, errors = index.refresh(kind, payload_type, roots, files, make)
            else:
                found, errors = {}, []
                for id_ in files:
                    try:
                        found[id_] = make(id_)
                    except DataError as error:
                        errors.append(error)
            errors = [*shelf.unreadable, *errors]
            self._cached[kind] = ([found[id_] for id_ in files if id_ in found], errors)
        return self._cached[kind]

    def warm(self, folder: Path, records: Iterable[Role | Ladder]) -> None:
        """Build the index of this search path now, taking the records just written
        into ``folder`` as they are instead of reading their files back (an import
        writes them, so the first ``list`` or ``search`` after it is as fast as the
        next). Only records whose file the search path reads are taken."""
        if not self.use_index:
            return
        prefix = os.path.join(os.path.realpath(folder), "")  # noqa: PTH118 - paths as text
        for record in records:
            shelf: _Shelf[Any] = self._roles if isinstance(record, Role) else self._ladders
            found = shelf.found.get(record.id)
            if found is not None and os.path.realpath(found.path).startswith(prefix):
                shelf._loaded[record.id] = record
        self.cards()
        self.code_cards()
        self.searchables()
        self.match_profiles()
        self.ladders()
        self.rungs()

    def cards(self) -> tuple[list[RoleCard], list[DataError]]:
        """What listing and looking up need of every role."""
        return self._indexed(
            "cards", RoleCard, self._roles, lambda id_: card_of(self._roles.get(id_))
        )

    def code_cards(self) -> tuple[list[CodeCard], list[DataError]]:
        """The id, title and codes of every role, for the roles that share a code."""
        return self._indexed(
            "codes", CodeCard, self._roles, lambda id_: code_card(self._roles.get(id_))
        )

    def searchables(self) -> tuple[list[Searchable], list[DataError]]:
        """What search needs of every role."""
        return self._indexed(
            "search", Searchable, self._roles, lambda id_: searchable_role(self._roles.get(id_))
        )

    def match_profiles(self) -> tuple[list[MatchProfile], list[DataError]]:
        """What matching needs of every role."""
        from careerpath.match import MatchProfile, match_profile

        return self._indexed(
            "match", MatchProfile, self._roles, lambda id_: match_profile(self._roles.get(id_))
        )

    def listings(self) -> tuple[list[RoleListing], list[DataError]]:
        """``careerpath list``: every role with its ladders and where it comes from."""
        cards, errors = self.cards()
        ladders, ladder_errors = self.ladders()
        return role_listings(cards, ladders, self.role_origin), errors + ladder_errors

    def imported(self, id_: str) -> bool:
        """Whether a role comes from a catalogue that ``careerpath import`` wrote."""
        folder = self._roles.found[id_].source.path
        if folder not in self._imports:
            self._imports[folder] = (folder / IMPORT_MANIFEST).is_file()
        return self._imports[folder]

    def shelf(self, kind: Kind) -> _Shelf[Any]:
        """The files of one kind (roles, ladders or question banks)."""
        shelves: dict[str, _Shelf[Any]] = {
            "role": self._roles,
            "ladder": self._ladders,
            "questions": self._banks,
        }
        return shelves[kind.name]

    def role_origin(self, id_: str, *, within_folder: bool = False) -> tuple[str, str]:
        """(path, origin) of a role's file, for output; ``within_folder``: the path
        from its data folder (``roles/x.yaml``), which says nothing of the machine."""
        found = self._roles.found[id_]
        if within_folder:
            return os.path.relpath(found.path, found.source.path), found.source.origin
        return found.path, found.source.origin

    def role(self, name: str) -> Role:
        """A role by id, alias, O*NET or SOC code, or title."""
        code = name.strip()
        if code not in self._roles.files and re.fullmatch(SOC_PATTERN, code):
            sharing = [card for card in self.cards()[0] if card.codes and card.codes.soc == code]
            occupations = [card for card in sharing if card.codes and card.codes.onet]
            sharing = occupations or sharing  # O*NET's own occupations first
            if len(sharing) > 1:
                choices = ", ".join(
                    f"{card.id} ({card.codes.onet})" if card.codes and card.codes.onet else card.id
                    for card in sharing
                )
                raise AmbiguousCodeError("ambiguous_soc", code=code, choices=choices)
            if sharing:
                return self._roles.get(sharing[0].id, cache=True)
        return self._roles.find(
            name,
            lambda: (_names(card) for card in self.cards()[0]),
            lambda: ((card.id, card.common_names) for card in self.cards()[0] if card.common_names),
        )

    def question_banks(self) -> list[QuestionBank]:
        """Every question bank of the search path, the user's own first (a later
        directory's bank replaces an earlier one's of the same id)."""
        shelf = self._banks
        if shelf.unreadable:
            raise shelf.unreadable[0]
        later_first = sorted(
            shelf.found,
            key=lambda id_: (-self.roots.index(shelf.found[id_].source), id_),
        )
        return [shelf.get(id_, cache=True) for id_ in later_first]  # the record cache

    def occupation_of(self, role: Role) -> tuple[Role | None, list[DataError]]:
        """The imported O*NET occupation a role names by its code, for what the role's
        own data does not rate: its O*NET-SOC code, else its SOC code's ``.00``
        occupation. None when the role rates its own, or no such occupation is here;
        the files that could not be read on the way."""
        codes = role.codes
        if codes is None or role.work_styles or role.skills:
            return None, []
        wanted = codes.onet or (f"{codes.soc}.00" if codes.soc else None)
        cards, errors = self.cards()
        for card in cards:
            if card.id != role.id and card.codes is not None and card.codes.onet == wanted:
                try:
                    return self._roles.get(card.id, cache=True), errors
                except DataError as error:
                    return None, [*errors, error]
        return None, errors

    def ladder(self, name: str) -> Ladder:
        return self._ladders.find(
            name,
            lambda: ((r.id, [r.id, *r.aliases, *r.titles], r.titles) for r in self.rungs()[0]),
        )

    def rungs(self) -> tuple[list[Rungs], list[DataError]]:
        """What finding a ladder, and the ladders of a role, need of every ladder. A
        ladder that extends another is read again each time (a few files): its
        index entry follows its own file only, and its steps are the other's."""
        found, errors = self._indexed(
            "rungs", Rungs, self._ladders, lambda id_: rungs_of(self._ladders.get(id_))
        )
        if any(rungs.extends for rungs in found):
            fresh = []
            for rungs in found:
                if rungs.extends:
                    try:
                        rungs = rungs_of(self._ladders.get(rungs.id))
                    except DataError as error:
                        errors = [*errors, error]
                        continue
                fresh.append(rungs)
            found = fresh
        return found, errors

    def ladders_for(self, role_id: str) -> tuple[list[Ladder], list[DataError]]:
        """The ladders a role's views show (every written ladder it stands on, and its
        own derived pathway), in id order, reading only those files."""
        return self.ladders_of([role_id])

    def ladders_of(self, role_ids: Iterable[str]) -> tuple[list[Ladder], list[DataError]]:
        """``ladders_for`` of several roles at once, each ladder once."""
        wanted = set(role_ids)
        rungs, errors = self.rungs()
        chosen: list[Ladder] = []
        for item in rungs:
            shown = wanted if item.subject is None else wanted & {item.subject}
            if shown.intersection(item.roles):
                try:
                    chosen.append(self._ladders.get(item.id, cache=True))
                except DataError as error:
                    errors = [*errors, error]
        return chosen, errors

    def roles(self) -> tuple[list[Role], list[DataError]]:
        return self._roles.load_all()

    def ladders_named(self, name: str) -> tuple[list[Ladder], str | None, list[DataError]]:
        """``careerpath ladder NAME``: the ladder of that id, or every ladder the role
        of that name stands on (``ladders_for``), with the role to highlight, and the
        ladder files that could not be read."""
        try:
            return [self.ladder(name)], None, self.rungs()[1]
        except NotFoundError as not_a_ladder:
            try:
                role = self.role(name)
            except NotFoundError as not_a_role:
                names = list(dict.fromkeys(not_a_ladder.suggestions + not_a_role.suggestions))
                raise NotFoundError("ladder_or_role", name, names[:3]) from None
        chosen, errors = self.ladders_for(role.id)
        if not chosen:
            raise CareerpathError("on_no_ladder", role=role.id)
        return chosen, role.id, errors

    def comparable_roles(self) -> tuple[list[Role], list[DataError]]:
        """What ``compare`` compares when told nothing: every full profile that was
        not imported (the bundled ones, and a team's own)."""
        cards, errors = self.cards()
        found = [
            self.role(card.id) for card in cards if card.full_profile and not self.imported(card.id)
        ]
        if not found:
            raise CareerpathError("no_full_profile")
        return found, errors

    def ladders(self) -> tuple[list[Ladder], list[DataError]]:
        """Every ladder; from the index, as plain data, when it is on."""
        plain, errors = self._indexed(
            "ladders",
            dict,
            self._ladders,
            lambda id_: msgspec.to_builtins(self._ladders.get(id_), enc_hook=source_form),
        )
        return [_ladder_from(item) for item in plain], errors

    def role_ids(self) -> list[str]:
        """Every role id, from file names alone."""
        return sorted(self._roles.files)

    def ladder_ids(self) -> list[str]:
        return sorted(self._ladders.files)

    def roles_by_id(self, ids: Iterable[str]) -> tuple[dict[str, Role], list[DataError]]:
        """The roles with these ids that exist, reading only their files."""
        found: dict[str, Role] = {}
        errors: list[DataError] = []
        for id_ in sorted(set(ids)):
            if id_ in self._roles.files:
                try:
                    found[id_] = self._roles.get(id_, cache=True)
                except DataError as error:
                    errors.append(error)
        return found, errors


def _ladder_from(data: dict[str, Any]) -> Ladder:
    """A ladder back from the plain data the index keeps."""
    return msgspec.convert(data, Ladder, dec_hook=decode_hook)
