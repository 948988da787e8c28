"""Measure careerpath's choice of interview questions (careerpath-questions-1).

    python scripts/interview_score.py DATA_DIR

DATA_DIR is a catalogue written by ``careerpath import onet``. The script reads
it with the bundled data and chooses every role's questions as ``careerpath
interview`` does, then prints:

- **coverage**: of the imported occupations, how many get at least 8
  questions whose question and guidance are in both languages, and how many
  get at least 8 specific to them (chosen by their work styles, skills, tasks
  or technologies, not general), with the count of each kind;
- **known cases**: the interview questions the two bundled source pages report
  (``KNOWN``), each filed by hand under the O*NET work styles and skills it
  tests; a question is **covered** when careerpath's choice for that role asks
  about one of them. Questions that test no work style or skill (pay, the
  company, why you are leaving) are listed but not scored.

docs/interview.md describes the method.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from careerpath.catalog import Catalog, DataDir, bundled_data_dir
from careerpath.interview import InterviewSet, choose
from careerpath.model import Role

ENOUGH = 8
# Reported questions (the start of their English text) and the O*NET elements a
# person would say each tests; None: none of them (not scored).
KNOWN: dict[str, list[tuple[str, set[str] | None]]] = {
    "team-lead": [
        ("Have you managed a customer-care team", {"1.C.2.b", "2.B.5.d"}),  # leadership, staff
        ("How would you go about raising the quality", {"2.B.3.m", "2.A.2.d"}),  # quality
        ("How would you make sure every team member", {"2.B.1.e", "2.B.1.b"}),  # instructing
        ("What was your salary", None),
        ("Do you have any professional knowledge", {"2.B.1.f"}),  # service orientation
        ("Have you applied this knowledge", None),
        ("Have you ever handled a difficult situation", {"1.C.4.a", "1.C.4.b", "2.B.1.f"}),
        ("Are you good at managing your time", {"2.B.5.a"}),  # time management
    ],
    "service-director": [
        ("In 10 minutes, convince us", None),
        ("What did you know about the company", None),
        ("Tell me about 3 kinds of people", {"1.C.3.a"}),  # cooperation
        ("How would you sell", {"2.B.1.c"}),  # persuasion
        ("Tell us about your experience in customer service", {"2.B.5.d", "2.B.1.f"}),
        ("How do you handle a complex customer complaint", {"2.B.2.i", "1.C.4.a", "2.B.1.f"}),
        ("Have you helped develop and roll out", {"1.C.7.a", "1.C.1.c"}),  # innovation
        ("How do you make sure your customer-service team", {"2.A.2.d", "2.B.3.m"}),
        ("How do you build and keep a positive", {"1.C.2.b", "2.B.5.d"}),  # leadership
        ("Have you used data-analysis methods", {"1.C.7.b", "2.B.4.h"}),  # analysis
    ],
}


def chosen_for(catalog: Catalog, role: Role) -> InterviewSet:
    """What ``careerpath interview ROLE`` chooses."""
    occupation, _ = catalog.occupation_of(role)
    return choose(role, banks=catalog.question_banks(), occupation=occupation)


def both_languages(chosen: InterviewSet) -> int:
    return sum(
        1
        for item in chosen.suggested
        if item.question.vi and item.question.en and item.shows.vi and item.shows.en
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    args = parser.parse_args()
    catalog = Catalog(
        [DataDir(bundled_data_dir(), "bundled"), DataDir(args.data_dir, "--data-dir")],
        use_index=False,
    )
    roles, errors = catalog.roles()
    if errors:
        print(f"{len(errors)} file(s) could not be read; first: {errors[0]}", file=sys.stderr)
    imported = [role for role in roles if role.codes is not None and role.codes.onet]
    if not imported:
        print(f"{args.data_dir}: no imported occupations", file=sys.stderr)
        return 1
    enough = specific = 0
    kinds: Counter[str] = Counter()
    for role in imported:
        chosen = chosen_for(catalog, role)
        enough += both_languages(chosen) >= ENOUGH
        own = [item for item in chosen.suggested if item.reason.kind.value != "general"]
        specific += len(own) >= ENOUGH
        kinds.update(item.reason.kind.value for item in chosen.suggested)
    total = len(imported)
    print(f"coverage: {total} imported occupations")
    print(f"  {ENOUGH}+ questions in both languages: {enough}/{total} ({enough / total:.1%})")
    print(f"  {ENOUGH}+ specific to the occupation: {specific}/{total} ({specific / total:.1%})")
    print("  questions by kind: " + ", ".join(f"{kind} {n}" for kind, n in sorted(kinds.items())))
    covered = scored = 0
    print("known cases: reported questions of the bundled pages")
    for role_id, cases in KNOWN.items():
        chosen = chosen_for(catalog, catalog.role(role_id))
        elements = {item.reason.element for item in chosen.suggested if item.reason.element}
        asked = [q.question.en or "" for q in chosen.questions]
        asked += [text.en or "" for text in chosen.common_questions]
        for start, tests in cases:
            if not any(text.startswith(start) for text in asked):
                print(f"  {role_id}: no reported question starts {start!r}", file=sys.stderr)
                return 1
            if tests is None:
                print(f"  {role_id}: {start}… (tests no work style or skill: not scored)")
                continue
            scored += 1
            hit = bool(tests & elements)
            covered += hit
            print(f"  {role_id}: {start}… {'covered' if hit else 'missed'}")
    print(f"known cases covered: {covered}/{scored} ({covered / scored:.1%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
