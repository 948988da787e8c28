"""Search scoring, word boundaries, snippets and what must not match, on small
roles made here: every weight, tie-break and position is asserted exactly."""

from __future__ import annotations

from typing import Any

import msgspec
import pytest

from careerpath.model import Role
from careerpath.search import SNIPPET_CONTEXT, Hit, search, searchable_role


def _role(role_id: str, **fields: Any) -> Role:
    data = {"format": 1, "id": role_id, "title": {"en": role_id}, "summary": {"en": "-"}}
    return msgspec.convert({**data, **fields}, Role)


def _search(query: str, *roles: Role, limit: int = 0) -> list[tuple[str, float]]:
    return [(r.role, r.score) for r in search([searchable_role(r) for r in roles], query, limit)]


def _hits(query: str, role: Role) -> list[Hit]:
    (result,) = search([searchable_role(role)], query)
    return result.hits


@pytest.mark.parametrize(
    ("fields", "score"),
    [
        ({"title": {"en": "Night Auditor"}}, 100.0),
        ({"aliases": ["night-auditor"]}, 90.0),
        ({"also_called": ["Night Auditor"]}, 80.0),
        ({"summary": {"en": "Works as a night auditor."}}, 40.0),
        ({"duties": [{"items": [{"en": "Act as night auditor"}]}]}, 20.0),
        ({"requirements": [{"heading": {"en": "Night auditor"}, "items": [{"en": "x"}]}]}, 20.0),
        ({"interview": {"questions": [{"question": {"en": "Why night auditor?"}}]}}, 15.0),
        (
            {"interview": {"questions": [{"question": {"en": "q"}, "company": "Night Auditor"}]}},
            15.0,
        ),
        ({"interview": {"common_questions": [{"en": "A night auditor's day?"}]}}, 15.0),
        ({"faq": [{"question": {"en": "q"}, "answer": {"en": "The night auditor."}}]}, 10.0),
    ],
)
def test_each_section_has_its_weight(fields: dict[str, Any], score: float) -> None:
    assert _search("night auditor", _role("x", **fields)) == [("x", score)]


def test_every_word_but_not_the_phrase_scores_half() -> None:
    role = _role("x", title={"en": "Auditor of the night"})
    assert _search("night auditor", role) == [("x", 50.0)]
    assert _hits("night auditor", role)[0].snippet == "Auditor of the night"


def test_each_further_hit_adds_a_hundredth() -> None:
    role = _role(
        "x",
        title={"vi": "Kiểm toán đêm", "en": "Night Auditor"},
        summary={"en": "The night auditor closes the day."},
        faq=[{"question": {"en": "Night auditor?"}, "answer": {"en": "Yes."}}],
    )
    assert _search("night auditor", role) == [("x", 100.02)]
    assert [(h.section, h.score) for h in _hits("night auditor", role)] == [
        ("title", 100.0),
        ("summary", 40.0),
        ("faq", 10.0),
    ]


def test_equal_scores_rank_by_id_and_limit_keeps_the_best() -> None:
    roles = [
        _role("b-role", title={"en": "Clerk"}),
        _role("a-role", title={"en": "Clerk"}),
        _role("c-role", summary={"en": "A clerk."}),
        _role("d-role", title={"en": "Clerk"}, summary={"en": "Clerk work."}),
    ]
    assert _search("clerk", *roles) == [
        ("d-role", 100.01),
        ("a-role", 100.0),
        ("b-role", 100.0),
        ("c-role", 40.0),
    ]
    assert _search("clerk", *roles, limit=2) == [("d-role", 100.01), ("a-role", 100.0)]


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("lead", "Misleading figures"),  # inside a word
        ("nalyst", "Data Analyst"),
        ("wasser", "Weißwasser office"),  # ß folds to ss: "wasser" starts no word
        ("data 3", "Data Analyst 2"),  # one word missing
    ],
)
def test_what_must_not_match(query: str, text: str) -> None:
    assert _search(query, _role("x", title={"en": text})) == []


def test_words_never_join_across_fields() -> None:
    role = _role("x", title={"en": "Alpha"}, summary={"en": "Beta"})
    assert _search("alpha beta", role) == []
    assert _search("alpha", role) == [("x", 100.0)]


def test_a_query_of_punctuation_finds_nothing() -> None:
    assert _search(" -- / ", _role("x", title={"en": "A - B"})) == []


def test_digits_and_other_scripts_are_words() -> None:
    roles = [
        _role("x", title={"en": "Level 3 Engineer"}),
        _role("y", title={"en": "Level 33 Engineer"}),
        _role("z", also_called=["研究主管"], title={"en": "Επικεφαλής έρευνας"}),
    ]
    # a one- or two-character word matches a whole word only: "3" is not "33"
    assert _search("level 3", *roles) == [("x", 100.0)]
    assert _search("3 engineer", *roles) == [("x", 100.0)]
    assert _search("level 33", *roles) == [("y", 100.0)]
    assert _search("研究", *roles) == [("z", 80.0)]
    assert _search("ΕΠΙΚΕΦΑΛΗΣ", *roles) == [("z", 100.0)]


def test_positions_are_the_texts_even_when_folding_changes_length() -> None:
    role = _role("x", title={"en": "Lead Analyst, Weißwasser office"})
    (hit,) = _hits("weisswasser office", role)
    assert hit.snippet[hit.start : hit.end] == "Weißwasser office"
    (hit,) = _hits("office weisswasser", role)  # every word: the first word's place
    assert hit.snippet[hit.start : hit.end] == "office"
    role = _role("y", title={"en": "Đà Nẵng office"})  # same length folded
    (hit,) = _hits("da nang", role)
    assert (hit.start, hit.end, hit.snippet[hit.start : hit.end]) == (0, 7, "Đà Nẵng")


def test_snippets_keep_context_cut_at_spaces() -> None:
    before = "word " * 20
    after = " more" * 20
    role = _role("x", summary={"en": f"{before}auditor{after}"})
    (hit,) = _hits("auditor", role)
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    left, right = hit.snippet[1 : hit.start], hit.snippet[hit.end : -1]
    assert hit.snippet[hit.start : hit.end] == "auditor"
    # whole words only, and no more than the context either side
    assert left == "word " * 7 and right == " more" * 7
    assert len(left) <= SNIPPET_CONTEXT and len(right) <= SNIPPET_CONTEXT
    (short,) = _hits("auditor", _role("y", summary={"en": "An auditor."}))
    assert (short.snippet, short.start, short.end) == ("An auditor.", 3, 10)


def test_a_long_word_after_the_match_is_cut_with_an_ellipsis() -> None:
    role = _role("x", summary={"en": "An audit" + "y" * 60})  # no space to cut at
    (hit,) = _hits("audit", role)
    assert hit.snippet == "An audit" + "y" * 40 + "…"  # 40 characters after the match
    assert hit.snippet[hit.start : hit.end] == "audit"


def test_without_a_limit_every_match_is_returned() -> None:
    roles = [searchable_role(_role(f"r{i}", title={"en": "Clerk"})) for i in range(3)]
    assert [r.role for r in search(roles, "clerk")] == ["r0", "r1", "r2"]


def test_a_long_word_before_the_match_is_cut_with_an_ellipsis() -> None:
    role = _role("x", summary={"en": "y" * 60 + "-audit"})  # the hyphen starts the word
    (hit,) = _hits("audit", role)
    assert hit.snippet == "…" + "y" * 39 + "-audit"  # 40 characters before the match
    assert hit.snippet[hit.start : hit.end] == "audit"


def test_a_short_syllable_matches_only_a_whole_word() -> None:
    """ "y tá" (nurse) is not the start of "Yarn" and "Tangled": one- and two-letter
    query words match whole words only, longer ones the start of a word."""
    yarn = _role("r1", title={"en": "Tangled Yarn Worker"})
    nurse = _role("r2", title={"vi": "Y tá", "en": "Nurse"})
    support = _role("r3", title={"en": "IT Support"}, summary={"en": "Italian food"})
    assert _search("y tá", yarn, nurse, support) == [("r2", 100.0)]
    assert _search("y ta", yarn, nurse, support) == [("r2", 100.0)]  # no diacritics
    assert _search("it", yarn, nurse, support) == [("r3", 100.0)]
    assert _search("ital", yarn, nurse, support) == [("r3", 36.0)]  # summary, a start
    assert _search("ta y", _role("x", title={"en": "Tay Yarn"})) == []  # every word too


def test_a_whole_word_ranks_before_the_start_of_a_longer_one() -> None:
    """ "nurse" in "Registered Nurses" (a plural) is a whole word; in "Nursery" only
    the start of one: the first ranks higher, in the same section."""
    farm = _role("r1", title={"en": "Farmworkers, Nursery and Greenhouse"})
    nurses = _role("r2", title={"en": "Registered Nurses"})
    midwives = _role("r3", title={"en": "Nurse Midwives"})
    assert _search("nurse", farm, nurses, midwives) == [("r2", 100.0), ("r3", 100.0), ("r1", 90.0)]


def test_most_of_the_words_when_no_role_holds_them_all() -> None:
    """ "senior java developer": no text holds "senior"; the roles holding two of the
    three words are found, each field scored by its share, and say which words."""
    from careerpath.search import SOME, search

    developer = _role(
        "dev", title={"en": "Software Developers"}, also_called=["Java Software Developer"]
    )
    web = _role("web", title={"en": "Web Developers"}, summary={"en": "Java and CSS"})
    cook = _role("cook", title={"en": "Cooks"})
    found = search([searchable_role(r) for r in (cook, web, developer)], "senior java developer")
    assert [(r.role, r.matched) for r in found] == [
        ("dev", ["java", "developer"]),
        ("web", ["java", "developer"]),
    ]
    assert found[0].score == round(80 * SOME * 2 / 3 + 0.01, 2)  # also_called holds both
    assert found[1].score == round(100 * SOME * 1 / 3 + 0.01, 2)  # title: one of three
    # one word of three is not most of them; and a role holding all of them wins alone
    assert _search("senior chef developer", developer) == []
    senior = _role("senior", title={"en": "Senior Java Developer"})
    assert _search("senior java developer", developer, senior) == [("senior", 100.0)]
    assert _search("java developer", web) == []  # two words: both, in one field
