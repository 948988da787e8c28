"""Full-text search over role profiles, ignoring case and Vietnamese diacritics."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import msgspec

from careerpath.model import Role, Text
from careerpath.normalize import fold, fold_chars, fold_with_map

# Where a match counts most: titles and aliases rank first.
WEIGHTS = {
    "title": 100.0,
    "aliases": 90.0,
    "summary": 40.0,
    "duties": 20.0,
    "requirements": 20.0,
    "interview": 15.0,
    "faq": 10.0,
}
PHRASE = 1.0  # the query as typed, starting at a word
WORDS = 0.5  # every word of the query starts some word of the text
SNIPPET_CONTEXT = 40


class Hit(msgspec.Struct, frozen=True, kw_only=True):
    """One matching text: its section, the snippet shown, and the match within it."""

    section: str
    snippet: str
    start: int
    end: int
    score: float


class Result(msgspec.Struct, frozen=True, kw_only=True):
    role: str
    title: Text
    score: float
    hits: list[Hit]


def searchable(role: Role) -> Iterator[tuple[str, str]]:
    """Every (section, text) of a role that search looks at, in both languages."""

    def both(section: str, text: Text | None) -> Iterator[tuple[str, str]]:
        if text is not None:
            for value in (text.vi, text.en):
                if value:
                    yield section, value

    yield from both("title", role.title)
    for name in (role.id, *role.aliases):
        yield "aliases", name
    yield from both("summary", role.summary)
    for section, groups in (("duties", role.duties), ("requirements", role.requirements)):
        for group in groups:
            yield from both(section, group.heading)
            for item in group.items:
                yield from both(section, item)
    if role.interview:
        for question in role.interview.questions:
            yield from both("interview", question.question)
            yield from both("interview", question.sample_answer)
            for company in (question.company, question.source):
                if company:
                    yield "interview", company
        for common in role.interview.common_questions:
            yield from both("interview", common)
    for entry in role.faq:
        yield from both("faq", entry.question)
        yield from both("faq", entry.answer)


class Field(msgspec.Struct, array_like=True, frozen=True):
    """One searchable text, with its folded form (see :func:`fold_chars`)."""

    section: str
    text: str
    folded: str


class Searchable(msgspec.Struct, array_like=True, frozen=True):
    """What search needs of a role; the index keeps these so search reads no YAML."""

    role: str
    title: Text
    fields: list[Field]


def searchable_role(role: Role) -> Searchable:
    """A role's search fields, each text once per section."""
    seen: set[tuple[str, str]] = set()
    fields: list[Field] = []
    for section, text in searchable(role):
        if (section, text) not in seen:
            seen.add((section, text))
            fields.append(Field(section, text, fold_chars(text)))
    return Searchable(role.id, role.title, fields)


def _snippet(text: str, start: int, end: int) -> tuple[str, int, int]:
    """Up to SNIPPET_CONTEXT characters either side of text[start:end], cut at spaces."""
    left = max(0, start - SNIPPET_CONTEXT)
    right = min(len(text), end + SNIPPET_CONTEXT)
    if left > 0 and (space := text.find(" ", left, start)) != -1:
        left = space + 1
    if right < len(text) and (space := text.rfind(" ", end, right)) != -1:
        right = space
    prefix = "…" if left > 0 else ""
    suffix = "…" if right < len(text) else ""
    snippet = prefix + text[left:right] + suffix
    return snippet, start - left + len(prefix), end - left + len(prefix)


class _Query:
    """A query folded once, as regular expressions over folded text.

    The phrase must start at a word; its words may be separated by any run of
    spaces (punctuation folds to spaces). Failing that, every word must start
    some word of the text.
    """

    def __init__(self, query: str) -> None:
        self.words = fold(query).split()
        self.phrase = re.compile(r"(?<!\S)" + r"\s+".join(map(re.escape, self.words)))
        self.each = [re.compile(r"(?<!\S)" + re.escape(word)) for word in self.words]

    def match(self, field: Field) -> Hit | None:
        folded = field.folded
        if self.words[0] not in folded:  # a cheap test first: most texts fail here
            return None
        found = self.phrase.search(folded)
        weight = PHRASE
        if found is None:
            if not all(pattern.search(folded) for pattern in self.each[1:]):
                return None
            found = self.each[0].search(folded)
            weight = WORDS
            if found is None:
                return None
        start, end = found.span()
        if len(folded) != len(field.text):  # a character folded to more or fewer than one
            start, end = _original_span(field.text, self.words, weight == PHRASE)
        snippet, snippet_start, snippet_end = _snippet(field.text, start, end)
        return Hit(
            section=field.section,
            snippet=snippet,
            start=snippet_start,
            end=snippet_end,
            score=WEIGHTS[field.section] * weight,
        )


def _original_span(text: str, words: list[str], phrase: bool) -> tuple[int, int]:
    """Where the match stands in ``text`` when folding changed its length (rare)."""
    folded, origin = fold_with_map(text)
    target = " ".join(words) if phrase else words[0]
    position = (" " + folded).find(" " + target)
    return origin[position], origin[position + len(target) - 1] + 1


def search(roles: Iterable[Searchable], query: str) -> list[Result]:
    """Roles whose texts match ``query``, best first (title and alias hits first).

    A role's score is its best hit's, plus a little for each further hit, so
    that among equals the role that mentions the query more ranks higher.
    """
    if not fold(query):
        return []
    wanted = _Query(query)
    results: list[Result] = []
    for role in roles:
        hits = [hit for field in role.fields if (hit := wanted.match(field)) is not None]
        if hits:
            hits.sort(key=lambda hit: -hit.score)
            score = hits[0].score + 0.01 * (len(hits) - 1)
            results.append(
                Result(role=role.role, title=role.title, score=round(score, 2), hits=hits)
            )
    results.sort(key=lambda result: (-result.score, result.role))
    return results
