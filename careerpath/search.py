"""Full-text search over role profiles, ignoring case and Vietnamese diacritics."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import msgspec

from careerpath.model import Role, Text
from careerpath.normalize import fold, fold_with_map

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


def _word_start(folded: str, word: str) -> int:
    """Where ``word`` begins a word of ``folded`` (a prefix match), or -1."""
    # Searching " word" in " folded": the found index is already the index in folded.
    return (" " + folded).find(" " + word)


def _match(section: str, text: str, phrase: str, words: list[str]) -> Hit | None:
    folded, origin = fold_with_map(text)
    position = _word_start(folded, phrase)
    if position != -1:
        weight, length = PHRASE, len(phrase)
    elif all(_word_start(folded, word) != -1 for word in words):
        position = _word_start(folded, words[0])
        weight, length = WORDS, len(words[0])
    else:
        return None
    start = origin[position]
    end = origin[position + length - 1] + 1
    snippet, snippet_start, snippet_end = _snippet(text, start, end)
    return Hit(
        section=section,
        snippet=snippet,
        start=snippet_start,
        end=snippet_end,
        score=WEIGHTS[section] * weight,
    )


def search(roles: Iterable[Role], query: str) -> list[Result]:
    """Roles whose texts match ``query``, best first (title and alias hits first).

    A role's score is its best hit's, plus a little for each further hit, so
    that among equals the role that mentions the query more ranks higher.
    """
    phrase = fold(query)
    if not phrase:
        return []
    words = phrase.split()
    results: list[Result] = []
    for role in roles:
        hits: list[Hit] = []
        seen: set[tuple[str, str]] = set()
        for section, text in searchable(role):
            if (section, text) in seen:
                continue
            seen.add((section, text))
            if (hit := _match(section, text, phrase, words)) is not None:
                hits.append(hit)
        if hits:
            hits.sort(key=lambda hit: -hit.score)
            score = hits[0].score + 0.01 * (len(hits) - 1)
            results.append(Result(role=role.id, title=role.title, score=round(score, 2), hits=hits))
    results.sort(key=lambda result: (-result.score, result.role))
    return results
