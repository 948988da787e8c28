"""The kinds of data file careerpath reads, each registered once: its name, its
folder in a data directory, its record type, the checks ``validate`` runs on it
and the template ``new`` writes.

The catalogue, ``validate``, ``schema``, ``new`` and the importers' writer all
take their folders and types from here, so a new kind of file (a question
bank, a framework) is one entry, not a dozen edits.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Set
from typing import TYPE_CHECKING, Any

from careerpath.model import Ladder, QuestionBank, Role

if TYPE_CHECKING:
    from careerpath.yamlfile import FieldPath

Warnings = Iterable[tuple["FieldPath", str]]


class Kind:
    """One kind of data file. (A plain class: a dataclass would import dataclasses,
    a millisecond of every command's start-up.)"""

    __slots__ = ("folder", "name", "record", "template", "warnings")

    def __init__(
        self,
        name: str,
        folder: str,
        record: type[Role] | type[Ladder] | type[QuestionBank],
        warnings: Callable[[Any, Set[str]], Warnings],
        template: Callable[[str], str] | None,
    ) -> None:
        self.name = name  # as the command line and messages say it: "role"
        self.folder = folder  # its folder in a data directory: "roles"
        self.record = record
        # validate's warnings for one record; ``role_ids`` are the roles it may name
        self.warnings = warnings
        # ``new ID``: a commented file to fill in; None: ``new`` does not write this kind
        self.template = template

    def __repr__(self) -> str:
        return f"Kind({self.name!r})"


def _role_warnings(record: Role, role_ids: Set[str]) -> Warnings:
    from careerpath.checks import role_warnings

    return role_warnings(record)


def _ladder_warnings(record: Ladder, role_ids: Set[str]) -> Warnings:
    from careerpath.checks import ladder_warnings

    return ladder_warnings(record, role_ids)


def _role_template(id_: str) -> str:
    from careerpath.authoring import template

    return template(id_)


def _ladder_template(id_: str) -> str:
    from careerpath.authoring import ladder_template

    return ladder_template(id_)


def _bank_warnings(record: QuestionBank, role_ids: Set[str]) -> Warnings:
    from careerpath.checks import bank_warnings

    return bank_warnings(record)


ROLE = Kind("role", "roles", Role, _role_warnings, _role_template)
LADDER = Kind("ladder", "ladders", Ladder, _ladder_warnings, _ladder_template)
QUESTIONS = Kind("questions", "questions", QuestionBank, _bank_warnings, None)
KINDS = (ROLE, LADDER, QUESTIONS)
BY_NAME = {kind.name: kind for kind in KINDS}
BY_FOLDER = {kind.folder: kind for kind in KINDS}
BY_RECORD: dict[type, Kind] = {kind.record: kind for kind in KINDS}


def of_content(value: object) -> Kind:
    """The kind of a file found outside a kind's folder, from what it holds: a
    ladder has ``steps``, a question bank ``topics``; anything else is read as a role."""
    if isinstance(value, dict) and "steps" in value:
        return LADDER
    return QUESTIONS if isinstance(value, dict) and "topics" in value else ROLE
