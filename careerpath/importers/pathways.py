"""Career pathways derived from an imported catalogue: where each occupation leads.

The method (``METHOD``), its thresholds and why, and how well it finds known
progressions are in docs/pathways.md; ``scripts/pathways_score.py`` measures
it. In short, for every occupation with a job zone and related-experience
answers:

- a **step up** from A is an occupation B that O*NET names among A's related
  occupations, or the first-line supervisor of A's SOC major group; B asks at
  most one job zone more, never less; B's typical start (the median bracket
  of related experience) is no earlier than the lower quartile of A's (the
  answers are wide: a manager's median can sit below a supervisor's); and B
  pays more: at least
  ``MIN_RAISE`` more in the same job zone, no less in a higher one (a step
  without comparable annual pay must raise the job zone);
- the best step up is the one with the strongest evidence (``WEIGHTS``: the
  tier of the relation, supervising A's work, or, from a supervisor, managing
  it), then the larger raise; the pathway follows best steps up to ``MAX_UP`` steps
  above A, and starts with the best step that leads into A, when one does;
- every step carries its evidence in words, in both languages.

Pure functions of the records: the same catalogue gives the same ladders.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from careerpath.experience import Quartiles, quartiles
from careerpath.model import (
    Derivation,
    Ladder,
    Period,
    RelatedTier,
    Role,
    Source,
    Span,
    Step,
    Text,
)
from careerpath.render import units
from careerpath.translations import PATHWAY_VI

METHOD = "careerpath-pathways-1"
# How much each kind of evidence says that B is where A leads.
WEIGHTS = {
    RelatedTier.PRIMARY_SHORT: 3.0,
    RelatedTier.PRIMARY_LONG: 2.0,
    RelatedTier.SUPPLEMENTAL: 1.0,
    "supervisor": 2.5,  # the first-line supervisor of A's SOC major group
    "manager": 2.0,  # from a first-line supervisor, a related manager (SOC 11)
}
MIN_RAISE = 0.10  # a step up in the same job zone pays at least 10 % more
MAX_ZONE_STEP = 1  # a step up asks at most one job zone more (Nesta's viability rule)
MAX_UP = 3  # steps above the occupation a pathway is for
SUPERVISOR_PREFIX = "First-Line Supervisors of"


class Facts(NamedTuple):
    """What the method reads of one occupation."""

    role: Role
    zone: int | None
    pay: float | None  # median annual pay, USD
    experience: Quartiles | None  # the brackets of related experience, in years

    @property
    def start(self) -> Span | None:
        """The median bracket: where the occupation typically starts."""
        return self.experience.median if self.experience else None

    @property
    def low(self) -> Span | None:
        """The bracket of the 25th percentile."""
        return self.experience.low if self.experience else None

    @property
    def soc(self) -> str:
        return self.role.codes.soc if self.role.codes and self.role.codes.soc else ""

    @property
    def supervisor(self) -> bool:
        return (self.role.title.en or "").startswith(SUPERVISOR_PREFIX)


class Move(NamedTuple):
    """A step up from one occupation to another, and why."""

    to: str
    weight: float
    tier: RelatedTier | None
    by_supervision: bool
    by_management: bool
    raise_: float | None  # pay ratio minus one, when both pay yearly in USD

    @property
    def score(self) -> float:
        gain = min(self.raise_, 1.0) if self.raise_ is not None else 0.0
        return self.weight + gain


def facts(role: Role) -> Facts:
    distribution = role.experience_distribution
    return Facts(
        role=role,
        zone=role.job_zone.zone if role.job_zone else None,
        pay=_median_pay(role),
        experience=quartiles(distribution) if distribution is not None else None,
    )


def _median_pay(role: Role) -> float | None:
    for statement in role.salary:
        if (
            statement.period is Period.YEAR
            and statement.currency == "USD"
            and statement.percentiles is not None
            and statement.percentiles.median is not None
        ):
            return float(statement.percentiles.median)
    return None


def moves(start: Facts, by_id: dict[str, Facts], supervisors: dict[str, list[str]]) -> list[Move]:
    """Every step up from ``start``, best first."""
    candidates: dict[str, tuple[float, RelatedTier | None, bool]] = {}
    for related in start.role.related:
        if related.tier is not None:
            candidates[related.role] = (WEIGHTS[related.tier], related.tier, False)
    if not start.supervisor and not start.soc.startswith("11-"):
        for boss in supervisors.get(start.soc[:2], []):
            weight, tier, _ = candidates.get(boss, (0.0, None, False))
            candidates[boss] = (weight + WEIGHTS["supervisor"], tier, True)
    found = []
    for other, (weight, tier, supervises) in candidates.items():
        target = by_id.get(other)
        if target is None or other == start.role.id or not _up(start, target):
            continue
        manages = start.supervisor and target.soc.startswith("11-")
        if manages:
            weight += WEIGHTS["manager"]
        raise_ = target.pay / start.pay - 1 if target.pay and start.pay else None
        found.append(Move(other, weight, tier, supervises, manages, raise_))
    found.sort(key=lambda move: (-move.score, move.to))
    return found


def _up(start: Facts, target: Facts) -> bool:
    """Whether ``target`` is a step up from ``start`` (module docstring)."""
    if start.zone is None or target.zone is None or start.low is None or target.start is None:
        return False
    climb = target.zone - start.zone
    if not 0 <= climb <= MAX_ZONE_STEP or target.start.min < start.low.min:
        return False
    if start.pay is None or target.pay is None:
        return climb > 0
    needed = 1.0 if climb > 0 else 1.0 + MIN_RAISE
    return target.pay >= start.pay * needed


def derive(roles: Sequence[Role], sources: dict[str, list[Source]]) -> list[Ladder]:
    """A pathway for every occupation that has a step up or a step leading into it."""
    by_id = {role.id: facts(role) for role in roles}
    supervisors: dict[str, list[str]] = {}
    for item in by_id.values():
        if item.supervisor and item.soc:
            supervisors.setdefault(item.soc[:2], []).append(item.role.id)
    ups = {role_id: moves(item, by_id, supervisors) for role_id, item in by_id.items()}
    into: dict[str, tuple[float, str, Move]] = {}
    for origin, found in ups.items():
        for move in found:
            best = into.get(move.to)
            if best is None or (-move.score, origin) < (-best[0], best[1]):
                into[move.to] = (move.score, origin, move)
    ladders = []
    for role in roles:
        if by_id[role.id].start is None or by_id[role.id].zone is None:
            continue  # the data cannot place it: no pathway, and show says not given
        chain = [role.id]
        steps = [_first(by_id[role.id])]
        if role.id in into:
            _, origin, move = into[role.id]
            chain.insert(0, origin)
            first = _first(by_id[origin])
            steps = [first, _step(by_id[origin], by_id[role.id], move, _years(first))]
        here = role.id
        for _ in range(MAX_UP):
            up = next((m for m in ups[here] if m.to not in chain), None)
            if up is None:
                break
            steps.append(_step(by_id[here], by_id[up.to], up, _years(steps[-1])))
            chain.append(up.to)
            here = up.to
        if len(steps) >= 2:
            ladders.append(_ladder(role, steps, sources.get(role.id, [])))
    return ladders


def _years(step: Step) -> Span:
    """A derived step's years: a pathway gives them for every step."""
    assert step.years is not None, "a derived step always has years"
    return step.years


def ladder_id(role: Role) -> str:
    """``pathway-43-4051-00``: from the O*NET code, short and stable."""
    code = role.codes.onet if role.codes and role.codes.onet else role.id
    return "pathway-" + code.replace(".", "-")


def _ladder(role: Role, steps: list[Step], sources: list[Source]) -> Ladder:
    title = role.title.en or role.id
    return Ladder(
        format=1,
        id=ladder_id(role),
        title=Text(en=f"Pathway from {title}", vi=PATHWAY_VI.format(title=role.title.vi or title)),
        summary=Text(
            en="Derived by careerpath from O*NET's related occupations, job zones and "
            "related-experience answers and from OEWS pay (docs/pathways.md): a common "
            "route, not a promise.",
            vi="careerpath suy ra từ các nghề liên quan, vùng công việc và số năm kinh "
            "nghiệm liên quan của O*NET cùng mức lương OEWS (docs/pathways.md): một lộ "
            "trình thường gặp, không phải lời hứa.",
        ),
        derived=Derivation(method=METHOD, subject=role.id),
        steps=steps,
        sources=sources,
    )


def _title(item: Facts) -> Text:
    return Text(en=item.role.title.en, vi=item.role.title.vi)


def _start_evidence(item: Facts, placed: Span | None = None) -> Text:
    """Where the step's years come from; ``placed``: the span the step was moved to,
    when the occupation's own median would put it before the step below it."""
    assert item.experience is not None
    own, low, high = (units.years(span, "en") for span in item.experience)
    own_vi, low_vi, high_vi = (units.years(span, "vi") for span in item.experience)
    if placed is None:
        return Text(
            en=f"starts at {own} of related experience: the median of O*NET's answers "
            f"(the middle half say {low} to {high})",
            vi=f"bắt đầu ở {own_vi} kinh nghiệm liên quan: trung vị các câu trả lời của "
            f"O*NET (một nửa ở giữa nói từ {low_vi} đến {high_vi})",
        )
    return Text(
        en=f"placed at {units.years(placed, 'en')}, no earlier than the step below: O*NET's "
        f"median for the occupation itself is {own} of related experience (the middle "
        f"half say {low} to {high})",
        vi=f"đặt ở {units.years(placed, 'vi')}, không sớm hơn bậc dưới: trung vị của O*NET cho "
        f"chính nghề này là {own_vi} kinh nghiệm liên quan (một nửa ở giữa nói từ "
        f"{low_vi} đến {high_vi})",
    )


def _placed(own: Span, below: Span) -> Span | None:
    """Where a step whose own median starts before the step below it is placed: from
    the start of that step, to the later of the two ends; None when it need not move."""
    if own.min >= below.min:
        return None
    high = None if own.max is None or below.max is None else max(own.max, below.max)
    return Span(below.min, high)


def _first(item: Facts) -> Step:
    assert item.start is not None
    return Step(
        role=item.role.id, title=_title(item), years=item.start, evidence=[_start_evidence(item)]
    )


TIER_WORDS = {
    RelatedTier.PRIMARY_SHORT: ("primary, short list", "nhóm chính, danh sách ngắn"),
    RelatedTier.PRIMARY_LONG: ("primary, long list", "nhóm chính, danh sách dài"),
    RelatedTier.SUPPLEMENTAL: ("supplemental", "bổ sung"),
}


def _step(before: Facts, item: Facts, move: Move, below: Span) -> Step:
    assert item.start is not None and before.zone is not None and item.zone is not None
    said: list[Text] = []
    if move.tier is not None:
        en, vi = TIER_WORDS[move.tier]
        named = before.role.title
        said.append(
            Text(
                en=f"a related occupation of {named.en} in O*NET ({en})",
                vi=f"nghề liên quan của {named.vi or named.en} theo O*NET ({vi})",
            )
        )
    if move.by_supervision:
        said.append(
            Text(
                en=f"supervises this work (SOC {item.soc} over major group {before.soc[:2]})",
                vi=f"giám sát công việc này (SOC {item.soc} trên nhóm chính {before.soc[:2]})",
            )
        )
    if move.by_management:
        said.append(
            Text(
                en=f"manages the work of first-line supervisors (SOC {item.soc})",
                vi=f"quản lý công việc của giám sát viên tuyến đầu (SOC {item.soc})",
            )
        )
    if item.zone > before.zone:
        said.append(
            Text(
                en=f"job zone {before.zone} → {item.zone}",
                vi=f"vùng công việc {before.zone} → {item.zone}",
            )
        )
    else:
        said.append(
            Text(en=f"job zone {item.zone}, as before", vi=f"vùng công việc {item.zone}, như trước")
        )
    if move.raise_ is not None and before.pay is not None and item.pay is not None:
        percent = round(move.raise_ * 100)
        en_pay = f"USD {before.pay:,.0f} → {item.pay:,.0f}/year"
        vi_pay = f"{units.number(before.pay, 'vi', decimals=0)} → "
        vi_pay += f"{units.number(item.pay, 'vi', decimals=0)} USD/năm"
        said.append(
            Text(
                en=f"median pay +{percent} % ({en_pay})",
                vi=f"lương trung vị +{percent} % ({vi_pay})",
            )
        )
    else:
        said.append(
            Text(
                en="pay not compared: no annual median for both",
                vi="không so lương: thiếu trung vị theo năm ở một bên",
            )
        )
    placed = _placed(item.start, below)
    said.append(_start_evidence(item, placed))
    years = placed or item.start
    return Step(role=item.role.id, title=_title(item), years=years, evidence=said)


def coverage(roles: Iterable[Role], ladders: Iterable[Ladder]) -> tuple[int, int]:
    """(occupations with a job zone standing on a pathway of 3 or more steps, those
    with a job zone)."""
    zoned = {role.id for role in roles if role.job_zone is not None}
    long_enough = {
        step.role for ladder in ladders if len(ladder.steps) >= 3 for step in ladder.steps
    }
    return len(zoned & long_enough), len(zoned)
