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
    "common_names": 90.0,  # other names people use (careerpath's Vietnamese ones: "y tá")
    "also_called": 80.0,  # other titles (O*NET's alternate and reported titles)
    "summary": 40.0,
    "duties": 20.0,
    "requirements": 20.0,
    "interview": 15.0,
    "faq": 10.0,
    "technologies": 30.0,  # a tool or software the role uses (O*NET Technology Skills)
}
EXACT = 1.15  # the whole text is the query (a plural "s" or "es" may follow): "Cashiers"
PHRASE = 1.0  # the query as typed, as whole words (a plural "s" or "es" may follow)
PREFIX = 0.9  # the query as typed, its last word only the start of a longer one
WORDS = 0.5  # every word of the query starts some word of the text
# A query of three words or more that no text holds whole: the roles holding most
# of its words (more than half), each field weighted by the share it holds.
SOME = 0.5
# A query word this short (a Vietnamese syllable such as "y", or "it") matches only
# a whole word: "y tá" is not the start of "Yarn".
SHORT = 2
_END = rb"(?=[\s\x1f]|$)"  # a word ends: a space, a field separator or the end
SNIPPET_CONTEXT = 40

# Seniority words: a query that names a level is searched without them too, and
# the roles at that level rank LEVEL times higher. Folded (no diacritics), longest
# phrase first; each level has a mark, kept in the index per role.
LEVEL = 1.3
LEVEL_WORDS: dict[str, tuple[str, ...]] = {
    "manager": (
        "giam doc", "truong phong", "truong bo phan", "quan ly",
        "manager", "managers", "director", "directors", "head", "chief", "vp",
    ),
    "supervisor": (
        "truong nhom", "to truong", "truong ca", "giam sat", "quan doc",
        "team leader", "team lead", "supervisor", "supervisors", "lead", "leader", "foreman",
    ),
    "senior": ("cao cap", "senior", "sr", "principal"),
}  # fmt: skip
MARKS = {"manager": "m", "supervisor": "s", "senior": "e"}
# A role is at a level when its title (either language) holds one of these
# words; also, a manager by its SOC major group 11 (Management Occupations), and
# senior by its job zone (4 or 5: considerable or extensive preparation).
_TITLE_LEVELS = {
    "m": re.compile(
        r"\b(?:managers?|directors?|chiefs?|head|executives?|administrators?|superintendents?"
        r"|giam doc|truong phong|truong bo phan|quan ly|hieu truong)\b"
    ),
    "s": re.compile(
        r"\b(?:supervisors?|first line|leads?|leaders?|foreman|foremen"
        r"|giam sat|truong nhom|to truong|truong ca|quan doc)\b"
    ),
    "e": re.compile(r"\b(?:senior|principal|cao cap)\b"),
}
SENIOR_ZONE = 4
SENIOR_YEARS = 5  # a profile without a job zone: the years of experience it asks for
# Left out at either end of what remains once the level words are taken out:
# "head of engineering" is searched as "engineering".
_EDGE_WORDS = frozenset(("of", "the", "for", "in", "at", "and", "a", "an", "cua"))


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
    # The query's words the role holds, in query order: all of them, unless the
    # role matched only some of them. A seniority word ("senior", "giám đốc")
    # counts as held when the role is at that level.
    matched: list[str] = []
    # The level a seniority word of the query asked for ("manager", "supervisor",
    # "senior"), when this role is at it; None when the query named no level.
    level: str | None = None


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
    for name in role.common_names:
        yield "common_names", name
    for name in role.also_called:
        yield "also_called", name
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
    for technology in role.technologies:
        yield "technologies", technology.name


SEPARATOR = "\x1f"  # between the fields of a role's joined text (never in data text)
_SEP = SEPARATOR.encode()
SECTIONS = tuple(WEIGHTS)  # a field's section is stored as its index in this tuple


class Searchable(msgspec.Struct, array_like=True, frozen=True):
    """What search needs of a role; the index keeps these so search reads no YAML.

    A role's searchable texts are joined into one string, and their folded
    forms (see :func:`fold_chars`) into another: two long strings decode and
    search far faster than thousands of short ones.
    """

    role: str
    title: Text
    sections: bytes  # one byte per field: its index in SECTIONS
    # The joined texts, kept encoded: only the roles shown need them, so the
    # index of thousands of roles is read without decoding them (4× faster).
    text: msgspec.Raw
    folded: bytes  # UTF-8, and nearly always ASCII: bytes decode and search faster
    level: str  # the levels the role is at, as LEVELS' initials ("ms"), for seniority words

    def texts(self) -> list[str]:
        """The role's searchable texts, in field order."""
        joined: str = msgspec.msgpack.decode(self.text, type=str)
        return joined.split(SEPARATOR)


def levels_of(role: Role) -> str:
    """The marks of the levels a role is at (see :data:`MARKS`)."""
    titles = " ".join(fold(text) for text in (role.title.vi, role.title.en) if text)
    marks = {mark for mark, pattern in _TITLE_LEVELS.items() if pattern.search(titles)}
    if role.codes is not None and role.codes.soc and role.codes.soc.startswith("11-"):
        marks.add("m")
    if role.job_zone is not None:
        if role.job_zone.zone >= SENIOR_ZONE:
            marks.add("e")
    elif role.experience_years is not None and role.experience_years.min >= SENIOR_YEARS:
        marks.add("e")
    return "".join(sorted(marks))


def steering(words: list[str]) -> tuple[str | None, list[str]]:
    """The level the query's seniority words name (the first one found), and the
    query's other words; (None, words) when it names none."""
    for index in range(len(words)):
        for level, phrases in LEVEL_WORDS.items():
            for phrase in phrases:
                size = phrase.count(" ") + 1
                if " ".join(words[index : index + size]) == phrase:
                    rest = words[:index] + words[index + size :]
                    while rest and rest[0] in _EDGE_WORDS:
                        rest = rest[1:]
                    while rest and rest[-1] in _EDGE_WORDS:
                        rest = rest[:-1]
                    return level, rest
    return None, words


def searchable_role(role: Role) -> Searchable:
    """A role's search fields, each text once per section."""
    seen: set[tuple[str, str]] = set()
    sections: list[int] = []
    texts: list[str] = []
    for section, text in searchable(role):
        if (section, text) not in seen:
            seen.add((section, text))
            sections.append(SECTIONS.index(section))
            texts.append(text.replace(SEPARATOR, " "))
    folded = SEPARATOR.join(fold_chars(text) for text in texts)  # the separator would fold
    joined = msgspec.Raw(msgspec.msgpack.encode(SEPARATOR.join(texts)))
    return Searchable(
        role.id, role.title, bytes(sections), joined, folded.encode(), levels_of(role)
    )


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


_BOUNDARY = frozenset((" " + SEPARATOR).encode())


def _at_word_start(text: bytes, position: int) -> bool:
    """Whether ``position`` starts a word: the text's, a field's, or after a space.

    Checked after the match rather than in the pattern, so that the pattern
    starts with its literal text, which the regular expression engine finds fast.
    """
    return position == 0 or text[position - 1] in _BOUNDARY


class _Query:
    """A query folded once, as regular expressions over a role's folded text.

    A field matches when the phrase starts at one of its words, its words
    separated by any run of spaces (punctuation folds to spaces); failing that,
    when every word starts some word of the field. Matches never run from one
    field into the next, since the separator is not a space.
    """

    def __init__(self, query: str) -> None:
        self.words = fold(query).split()
        encoded = [word.encode() for word in self.words]

        def whole(word: bytes) -> bytes:
            return re.escape(word) + (_END if len(word) <= SHORT else b"")

        self.phrase = re.compile(rb"\s+".join(map(whole, encoded)))
        self.first = encoded[0]
        self.others = encoded[1:]
        self.first_word = re.compile(whole(encoded[0]))
        self.each = [re.compile(rb"(?:^|\s)(" + whole(word) + rb")") for word in encoded]
        self.others_words = self.each[1:]
        self.encoded = encoded
        # more than half of the words for a query of three or more, one of two
        self.most = None if len(encoded) < 2 else 1 if len(encoded) == 2 else len(encoded) // 2 + 1

    def fields(self, role: Searchable) -> dict[int, tuple[float, int, int]] | None:
        """field index → (weight, start, end in the folded field) for each matching field."""
        folded = role.folded
        if self.first not in folded:  # a cheap test first: most roles fail here
            return None
        found = {
            index: (_phrase_weight(folded, start, ends), start, end)
            for index, (start, end, ends) in _first_per_field(self.phrase, folded).items()
        }
        if self.others and all(word in folded for word in self.others):
            # the fields where the first word starts a word, then in each of
            # them whether every other word does too
            holders = _first_per_field(self.first_word, folded)
            texts = folded.split(_SEP)
            for index, (start, end, _) in holders.items():
                if index not in found:
                    field = texts[index]
                    if all(word.search(field) for word in self.others_words):
                        found[index] = (WORDS, start, end)
        return found or None

    def some(self, role: Searchable) -> tuple[dict[int, tuple[float, int, int]], list[int]] | None:
        """A role that holds most of the query's words, or all of them in different
        fields, though no field holds them all: each field holding some, weighted by
        their share (its first one is the match shown), and the indexes of the words
        held; None when too few."""
        if self.most is None:
            return None
        folded = role.folded
        present = [index for index, word in enumerate(self.encoded) if word in folded]
        if len(present) < self.most:
            return None
        found: dict[int, tuple[float, int, int]] = {}
        held: set[int] = set()
        for field_index, field in enumerate(folded.split(_SEP)):
            first: tuple[int, int] | None = None
            count = 0
            for index in present:
                match = self.each[index].search(field)
                if match is None:
                    continue
                count += 1
                held.add(index)
                if first is None or match.start(1) < first[0]:
                    first = (match.start(1), match.end(1))
            if first is not None:
                found[field_index] = (SOME * count / len(self.encoded), *first)
        if len(held) < self.most:
            return None
        return found, sorted(held)

    def hits(self, role: Searchable, found: dict[int, tuple[float, int, int]]) -> list[Hit]:
        """The hits of a role's matching fields, with their snippets, best first."""
        texts = role.texts()
        foldeds = role.folded.split(_SEP)
        hits = []
        for index, (weight, start, end) in sorted(found.items()):  # the data's order
            text, section = texts[index], SECTIONS[role.sections[index]]
            folded = foldeds[index]
            if not folded.isascii() or len(folded) != len(text):  # spans would not line up
                words = self.words
                if weight not in (EXACT, PHRASE, PREFIX, WORDS):  # some words: the one shown
                    words = [folded[start:end].decode()]
                start, end = _original_span(text, words, weight in (EXACT, PHRASE, PREFIX))
            snippet, snippet_start, snippet_end = _snippet(text, start, end)
            hits.append(
                Hit(
                    section=section,
                    snippet=snippet,
                    start=snippet_start,
                    end=snippet_end,
                    score=round(WEIGHTS[section] * weight, 2),
                )
            )
        hits.sort(key=lambda hit: -hit.score)  # stable: among equals, still the data's order
        return hits


def _phrase_weight(text: bytes, start: int, end: int) -> float:
    """EXACT, PHRASE or PREFIX: how the phrase that starts the field at ``start``
    (its offset in the field) and ends at ``end`` (in the whole text) matches."""
    if not _whole(text, end):
        return PREFIX
    if start == 0:
        field_end = text.find(_SEP, end)
        rest = text[end : len(text) if field_end == -1 else field_end].strip()
        if rest in (b"", b"s", b"es"):
            return EXACT
    return PHRASE


def _whole(text: bytes, end: int) -> bool:
    """Whether a match ending at ``end`` ends a word, a plural ending allowed. Only
    a Latin letter or digit (ASCII, as folding leaves Vietnamese) goes on a word:
    scripts written without spaces between words (Chinese) have no such end."""
    for ending in (b"", b"s", b"es"):
        if text.startswith(ending, end):
            after = text[end + len(ending) : end + len(ending) + 1]
            if not (after.isascii() and after.isalnum()):
                return True
    return False


def _first_per_field(pattern: re.Pattern[bytes], folded: bytes) -> dict[int, tuple[int, int, int]]:
    """field index → (start, end) in the field of the pattern's first match there that
    starts a word, and its end in the whole text.

    Once a field has its match, the search goes on from the next field, so a
    word repeated in a field costs nothing more; separators are counted once
    over the whole text as the fields go by.
    """
    found: dict[int, tuple[int, int, int]] = {}
    index = base = counted = position = 0  # the field at ``counted``, and where it starts
    search = pattern.search
    while (match := search(folded, position)) is not None:
        start = match.start()
        if not _at_word_start(folded, start):
            position = start + 1
            continue
        separators = folded.count(_SEP, counted, start)
        if separators:
            index += separators
            base = folded.rfind(_SEP, counted, start) + 1
        counted = start
        found[index] = (start - base, match.end() - base, match.end())
        position = folded.find(_SEP, start)
        if position == -1:
            break
    return found


def _original_span(text: str, words: list[str], phrase: bool) -> tuple[int, int]:
    """Where the match stands in ``text`` when folding changed its length (rare)."""
    folded, origin = fold_with_map(text)
    target = " ".join(words) if phrase else words[0]
    position = (" " + folded).find(" " + target)
    return origin[position], origin[position + len(target) - 1] + 1


# A query is a few words: longer ones cost time for every role (a 120 KB query
# took minutes) and say nothing a shorter one would not.
MAX_QUERY_CHARS = 200
MAX_QUERY_WORDS = 12


def query_problem(query: str) -> str | None:
    """Why ``query`` cannot be searched for (a message key), or None."""
    if not fold(query):
        return "empty_query"
    if len(query) > MAX_QUERY_CHARS or len(fold(query).split()) > MAX_QUERY_WORDS:
        return "long_query"
    return None


def search(roles: Iterable[Searchable], query: str, limit: int = 0) -> list[Result]:
    """Roles whose texts match ``query``, best first (title and alias hits first);
    the best ``limit`` of them, or all when ``limit`` is 0.

    A role's score is its best hit's, plus a little for each further hit, so
    that among equals the role that mentions the query more ranks higher.
    A query that names a level ("senior", "manager", "trưởng nhóm") is also
    searched without those words, and the roles at that level rank higher
    (see :data:`LEVEL_WORDS`). Snippets are made only for the roles returned.
    """
    if not fold(query):
        return []
    roles = list(roles)
    wanted = _Query(query)
    level, rest = steering(wanted.words)
    ranked: list[_Ranked] = [
        (score, role, found, held, wanted, False)
        for score, role, found, held in _ranked(roles, wanted)
    ]
    if level is not None and rest:
        ranked = _steered(roles, wanted, ranked, level, rest)
    ranked.sort(key=lambda item: (-item[0], item[1].role))
    chosen = ranked[:limit] if limit else ranked
    return [
        Result(
            role=role.role,
            title=role.title,
            score=round(score, 2),
            hits=asked.hits(role, found),
            matched=held,
            level=level if at_level else None,
        )
        for score, role, found, held, asked, at_level in chosen
    ]


_Found = dict[int, tuple[float, int, int]]
# (score, role, matching fields, words held, the query they match, at the level asked)
_Ranked = tuple[float, "Searchable", _Found, list[str], "_Query", bool]


def _steered(
    roles: list[Searchable], wanted: _Query, ranked: list[_Ranked], level: str, rest: list[str]
) -> list[_Ranked]:
    """The roles matching the whole query (its level words among the others: at
    that level by name), and those matching it without its level words, each
    role once at its best; the roles at the level asked score LEVEL times more."""
    best: dict[str, _Ranked] = {}
    for score, role, found, held, asked, _ in ranked:
        best[role.role] = (score * LEVEL, role, found, held, asked, True)
    content = _Query(" ".join(rest))
    for score, role, found, held in _ranked(roles, content):
        at_level = MARKS[level] in role.level
        if at_level:
            score *= LEVEL
            held = [word for word in wanted.words if word in held or word not in rest]
        if role.role not in best or best[role.role][0] < score:
            best[role.role] = (score, role, found, held, content, at_level)
    return list(best.values())


def _ranked(
    roles: list[Searchable], wanted: _Query
) -> list[tuple[float, Searchable, _Found, list[str]]]:
    """(score, role, matching fields, words held) of every role that matches: the
    roles with a field holding every word; failing any, those holding every word
    in different fields, or most of them."""
    everything = list(wanted.words)
    ranked: list[tuple[float, Searchable, _Found, list[str]]] = []
    for role in roles:
        found = wanted.fields(role)
        if found:
            ranked.append((_score(role, found), role, found, everything))
    if ranked or wanted.most is None:
        return ranked
    # Only when no field of any role holds every word (a second pass, so that the
    # usual query pays nothing for it): the roles holding them apart, or most of
    # them, each field scored by its share, so that fewer words rank lower.
    partly: list[tuple[float, Searchable, _Found, list[str]]] = []
    for role in roles:
        if (some := wanted.some(role)) is not None:
            fields, held = some
            partly.append((_score(role, fields), role, fields, [wanted.words[i] for i in held]))
    return partly


def _score(role: Searchable, found: dict[int, tuple[float, int, int]]) -> float:
    """The best hit's score, plus a hundredth for each further one."""
    best = max(WEIGHTS[SECTIONS[role.sections[i]]] * weight for i, (weight, _, _) in found.items())
    return round(best + 0.01 * (len(found) - 1), 2)
