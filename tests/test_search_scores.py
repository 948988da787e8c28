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
        ({"title": {"en": "Hotel Night Auditor"}}, 100.0),
        ({"aliases": ["hotel-night-auditor"]}, 90.0),
        ({"common_names": ["Hotel night auditor"]}, 90.0),
        ({"also_called": ["Hotel Night Auditor"]}, 80.0),
        ({"summary": {"en": "Works as a night auditor."}}, 40.0),
        ({"duties": [{"items": [{"en": "Act as night auditor"}]}]}, 20.0),
        (
            {"requirements": [{"heading": {"en": "Night auditor work"}, "items": [{"en": "x"}]}]},
            20.0,
        ),
        ({"interview": {"questions": [{"question": {"en": "Why night auditor?"}}]}}, 15.0),
        (
            {
                "interview": {
                    "questions": [{"question": {"en": "q"}, "company": "Night Auditor Co"}]
                }
            },
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
        title={"vi": "Kiểm toán đêm", "en": "Hotel Night Auditor"},
        summary={"en": "The night auditor closes the day."},
        faq=[{"question": {"en": "Night auditor, really?"}, "answer": {"en": "Yes."}}],
    )
    assert _search("night auditor", role) == [("x", 100.02)]
    assert [(h.section, h.score) for h in _hits("night auditor", role)] == [
        ("title", 100.0),
        ("summary", 40.0),
        ("faq", 10.0),
    ]


def test_equal_scores_rank_by_id_and_limit_keeps_the_best() -> None:
    roles = [
        _role("b-role", title={"en": "Office Clerk"}),
        _role("a-role", title={"en": "Office Clerk"}),
        _role("c-role", summary={"en": "A clerk."}),
        _role("d-role", title={"en": "Office Clerk"}, summary={"en": "Clerk work."}),
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
    ],
)
def test_what_must_not_match(query: str, text: str) -> None:
    assert _search(query, _role("x", title={"en": text})) == []


def test_words_never_join_across_fields() -> None:
    """A phrase never runs from one field into the next: a role holding the words
    in different fields is found only when no field of any role holds them all,
    as holding them apart, each field scored by its share."""
    role = _role("x", title={"en": "Alpha"}, summary={"en": "Beta"})
    phrase = _role("y", summary={"en": "Alpha beta work"})
    assert _search("alpha beta", role, phrase) == [("y", 40.0)]
    assert _search("alpha beta", role) == [("x", 25.01)]
    assert [(h.section, h.snippet) for h in _hits("alpha beta", role)] == [
        ("title", "Alpha"),
        ("summary", "Beta"),
    ]
    assert _search("alpha", role) == [("x", 115.0)]


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
    assert _search("y tá", yarn, nurse, support) == [("r2", 115.0)]  # the whole title
    assert _search("y ta", yarn, nurse, support) == [("r2", 115.0)]  # no diacritics
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
    """ "remote java developer": no text holds "remote"; the roles holding two of the
    three words are found, each field scored by its share, and say which words."""
    from careerpath.search import SOME, search

    developer = _role(
        "dev", title={"en": "Software Developers"}, also_called=["Java Software Developer"]
    )
    web = _role("web", title={"en": "Web Developers"}, summary={"en": "Java and CSS"})
    cook = _role("cook", title={"en": "Cooks"})
    found = search([searchable_role(r) for r in (cook, web, developer)], "remote java developer")
    assert [(r.role, r.matched) for r in found] == [
        ("dev", ["java", "developer"]),
        ("web", ["java", "developer"]),
    ]
    assert found[0].score == round(80 * SOME * 2 / 3 + 0.01, 2)  # also_called holds both
    assert found[1].score == round(100 * SOME * 1 / 3 + 0.01, 2)  # title: one of three
    # one word of three is not most of them; and a role holding all of them wins alone
    assert _search("remote chef developer", developer) == []
    remote = _role("remote", title={"en": "Remote Java Developer, Contract"})
    assert _search("remote java developer", developer, remote) == [("remote", 100.0)]
    # two words: a role holding both apart, before one holding one of them
    assert _search("java developer", web, cook) == [("web", 25.01)]
    (half,) = search([searchable_role(cook)], "cooks robots")
    assert (half.matched, half.score) == (["cooks"], round(100 * SOME / 2, 2))


def test_an_exact_title_ranks_before_a_partial_one() -> None:
    """The whole title (or name) as the query, a plural allowed, before a title
    that holds the query among other words; the same in the other sections."""
    cashiers = _role("cashiers", title={"en": "Cashiers"})
    booth = _role("booth", title={"en": "Gambling Change Persons and Booth Cashiers"})
    named = _role("named", common_names=["Thu ngân"], title={"en": "Till Staff"})
    # (and the id, an alias: a hundredth more)
    assert _search("cashier", booth, cashiers) == [("cashiers", 115.01), ("booth", 100.0)]
    assert _search("thu ngan", named) == [("named", round(90 * 1.15, 2))]


ZONE_4 = {"zone": 4, "name": {"en": "Considerable preparation needed"}}


def _levelled(role_id: str, title: str, **fields: Any) -> Role:
    return _role(role_id, title={"en": title}, **fields)


def test_seniority_words_steer_toward_the_level() -> None:
    """ "manager", "supervisor", "senior" (and their Vietnamese) are looked for as
    words, and also steer: the query without them is searched, and the roles at
    that level rank LEVEL times higher and say so."""
    from careerpath.search import LEVEL, search

    clerks = _levelled("clerks", "Accounting Clerks")
    accountants = _levelled("acc", "Accountants and Auditors", job_zone=ZONE_4)
    supervisors = _levelled("supervisors", "First-Line Supervisors of Accounting Clerks")
    managers = _levelled("managers", "Accounting Managers")
    roles = [searchable_role(r) for r in (clerks, accountants, supervisors, managers)]

    found = search(roles, "senior accounting")
    assert [(r.role, r.level) for r in found][:1] == [("clerks", None)]  # "accounting"
    found = search(roles, "senior accountant")
    assert [(r.role, r.score, r.level) for r in found] == [
        ("acc", round(100 * LEVEL, 2), "senior")  # a plural of the query word
    ]
    assert found[0].matched == ["senior", "accountant"]
    found = search(roles, "accounting supervisor")
    assert [(r.role, r.level) for r in found][:2] == [
        ("supervisors", "supervisor"),
        ("clerks", None),
    ]
    found = search(roles, "head of accounting")  # "of" is left out with "head"
    assert [(r.role, r.score, r.level) for r in found][:2] == [
        ("managers", round(100 * LEVEL, 2), "manager"),
        ("clerks", 100.0, None),
    ]
    # Vietnamese level words, with or without diacritics
    team = _role("team", title={"vi": "Trưởng nhóm kế toán", "en": "Accounting Team Lead"})
    staff = _role("staff", title={"vi": "Nhân viên kế toán", "en": "Accounting Clerk"})
    roles = [searchable_role(r) for r in (staff, team)]
    for query in ("trưởng nhóm kế toán", "truong nhom ke toan", "kế toán trưởng nhóm"):
        assert search(roles, query)[0].role == "team", query
    # only level words: searched as words, nothing to steer
    assert [r.role for r in search(roles, "trưởng nhóm")] == ["team"]


def test_levels_of_a_role() -> None:
    from careerpath.model import Span
    from careerpath.search import levels_of

    assert levels_of(_levelled("x", "Marketing Managers")) == "m"
    assert levels_of(_role("x", title={"en": "Clerk"}, codes={"soc": "11-1011"})) == "m"
    assert levels_of(_levelled("x", "First-Line Supervisors of Cooks")) == "s"
    assert levels_of(_role("x", title={"vi": "Giám đốc dịch vụ khách hàng"})) == "m"
    assert levels_of(_levelled("x", "Cook", job_zone=ZONE_4)) == "e"
    cook = _levelled("x", "Cook")
    assert levels_of(msgspec.structs.replace(cook, experience_years=Span(5, 8))) == "e"
    assert levels_of(msgspec.structs.replace(cook, experience_years=Span(1, 8))) == ""
