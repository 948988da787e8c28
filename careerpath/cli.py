"""The command line: parse, call the domain, render, and choose the exit code.

Domain and rendering modules are imported inside the commands so that
``careerpath --help`` stays fast. Unlike the rest of the package this module
does not use ``from __future__ import annotations``: Typer would then have to
evaluate every parameter's annotation from its text on every run, which costs
more than the rest of a small command (see docs/performance.md).
"""

import enum
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from typer.core import TyperGroup

from careerpath.errors import (
    EXIT_BROKEN_PIPE,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_OUTPUT,
    CareerpathError,
    DataError,
    OutputError,
    UsageError,
)
from careerpath.model import Period
from careerpath.profile import Section
from careerpath.render.formats import OutputFormat, emit

if TYPE_CHECKING:
    from careerpath.catalog import Catalog
    from careerpath.model import Role
    from careerpath.selection import Filters, Selection


class ListOrder(enum.StrEnum):
    """``list --sort``; the same values as careerpath.selection.SortKey (not imported
    here, to keep start-up light)."""

    ID = "id"
    TITLE = "title"
    PAY = "pay"
    YEARS = "years"
    ZONE = "zone"


class Lang(enum.StrEnum):
    EN = "en"
    VI = "vi"


def default_lang() -> Lang:
    """``CAREERPATH_LANG`` (any case); else ``vi*`` locales read Vietnamese, else English.

    A ``CAREERPATH_LANG`` that is neither is ignored (the main callback warns once).
    """
    chosen = os.environ.get("CAREERPATH_LANG", "").strip().lower()
    if chosen in ("en", "vi"):
        return Lang(chosen)
    locale = os.environ.get("LC_ALL") or os.environ.get("LANG") or ""
    return Lang.VI if locale.lower().startswith("vi") else Lang.EN


GLOBAL_FLAGS = ("--no-color", "--no-pager")
GLOBAL_VALUES = ("--data-dir",)


def hoist_global_options(args: list[str]) -> list[str]:
    """``list --no-color`` → ``--no-color list``: the main options, wherever they are
    written after the command, moved before it (up to a ``--``)."""
    index = 0
    while index < len(args) and args[index].startswith("-"):
        index += 2 if args[index] in GLOBAL_VALUES else 1
    if index >= len(args):
        return args
    moved: list[str] = []
    kept: list[str] = []
    rest = iter(args[index + 1 :])
    for arg in rest:
        if arg == "--":
            kept.extend([arg, *rest])
            break
        if arg in GLOBAL_FLAGS or arg.startswith(tuple(f"{name}=" for name in GLOBAL_VALUES)):
            moved.append(arg)
        elif arg in GLOBAL_VALUES:
            moved.extend([arg, next(rest, "")])
        else:
            kept.append(arg)
    return [*args[:index], *moved, args[index], *kept]


class _Commands(TyperGroup):
    """Turns known errors into one line on stderr and an exit code, in one place."""

    def list_commands(self, ctx: Any) -> list[str]:
        return list(self.commands)  # in the order they are defined, not sorted

    def _main_shell_completion(
        self, ctx_args: Any, prog_name: str, complete_var: Any = None
    ) -> None:
        """Completing: help beside each name as written, in zsh and fish too."""
        if os.environ.get(complete_var or f"_{prog_name.upper().replace('-', '_')}_COMPLETE"):
            from careerpath.completion import install

            install()
        super()._main_shell_completion(ctx_args, prog_name, complete_var)

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        _settings.argv = list(args)  # as typed, for the title of an export
        return super().parse_args(ctx, hoist_global_options(args))

    def invoke(self, ctx: Any) -> Any:
        from careerpath.render.terminal import message

        try:
            return super().invoke(ctx)
        except DataError as error:
            message(str(error))
            ctx.exit(error.exit_code)
        except OutputError as error:
            # Say so once, and point stdout at /dev/null so that Python's own final
            # flush cannot fail again (it would print a traceback and exit 120).
            message(f"careerpath: {error.text(_settings.lang)}")
            _silence_stdout()
            ctx.exit(error.exit_code)
        except CareerpathError as error:
            message(f"careerpath: {error.text(_settings.lang)}")
            ctx.exit(error.exit_code)
        except KeyboardInterrupt:
            from careerpath.messages import say

            message(f"careerpath: {say('interrupted', _settings.lang)}")
            ctx.exit(EXIT_INTERRUPTED)
        except BrokenPipeError:
            # The reader went away (`careerpath list | head -1`): stop quietly, and
            # point stdout at /dev/null so that the final flush cannot complain.
            _silence_stdout()
            ctx.exit(EXIT_BROKEN_PIPE)


def _silence_stdout() -> None:
    """Send what is left in stdout's buffers to /dev/null."""
    try:
        fileno = sys.stdout.fileno() if sys.stdout is not None else 1
    except (OSError, ValueError):  # not a real file (a test's capture)
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fileno)
    os.close(devnull)


app = typer.Typer(
    cls=_Commands,
    name="careerpath",
    help="Explore careers: role profiles, salaries, career ladders and interview questions.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

FormatOption = Annotated[
    OutputFormat,
    typer.Option(
        "--format",
        "-f",
        metavar="FORMAT",
        help="table (for people), json, yaml, csv or markdown (for scripts and documents).",
    ),
]


StrictOption = Annotated[
    bool,
    typer.Option("--strict", help="Exit 1 when a data file cannot be read (it is skipped)."),
]


class ShowFormat(enum.StrEnum):
    """The formats ``show`` offers (a profile has no CSV form)."""

    TABLE = "table"
    JSON = "json"
    YAML = "yaml"
    MARKDOWN = "markdown"


ShowFormatOption = Annotated[
    ShowFormat,
    typer.Option(
        "--format",
        "-f",
        metavar="FORMAT",
        help="table (for people), json, yaml, or markdown (a one-page profile).",
    ),
]
ExportOption = Annotated[
    Path | None,
    typer.Option(
        "--export",
        metavar="FILE",
        help="Also save the table as SVG, HTML or text, by FILE's extension.",
        show_default=False,
    ),
]
TitleOption = Annotated[
    str | None,
    typer.Option(
        "--title",
        metavar="TEXT",
        help="The title of an --export [default: the command, without folders].",
        show_default=False,
    ),
]


def _remember_lang(value: Lang | None) -> Lang | None:
    """Messages follow --lang too, from as soon as it is parsed."""
    _settings.lang = (value or default_lang()).value
    return value


LangOption = Annotated[
    Lang | None,
    typer.Option(
        "--lang",
        case_sensitive=False,
        callback=_remember_lang,
        show_default=False,
        help="Language of headings and text [default: vi for a vi* LC_ALL/LANG, else en].",
    ),
]


def _completion_catalog(ctx: typer.Context) -> "Catalog":
    """The search path as the command line being completed gives it: its
    ``--data-dir`` folders (parsed by then) and ``CAREERPATH_PATH``."""
    from careerpath.catalog import Catalog, DataDir, bundled_data_dir, search_path

    given = ctx.find_root().params.get("data_dir") or []
    for data_dirs in ([Path(folder) for folder in given], []):
        try:
            return Catalog(search_path(data_dirs))
        except CareerpathError:  # a folder that does not exist (yet): complete from the rest
            continue
    return Catalog([DataDir(bundled_data_dir(), "bundled")])


def complete_role(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Role ids, aliases and O*NET codes that start with ``incomplete``, each with its
    title (zsh and fish show it beside the name), from the index of the search path."""
    lang = default_lang().value
    found: dict[str, str] = {}
    for card in _completion_catalog(ctx).cards()[0]:
        onet = [card.codes.onet] if card.codes is not None and card.codes.onet else []
        for name in (card.id, *card.aliases, *onet):
            if name.startswith(incomplete):
                found.setdefault(name, card.title.get(lang))
    return sorted(found.items())


def complete_ladder_or_role(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    return [*complete_ladder(ctx, incomplete), *complete_role(ctx, incomplete)]


RoleArgument = Annotated[
    str,
    typer.Argument(
        metavar="ROLE",
        help="Role id, alias or title.",
        show_default=False,
        autocompletion=complete_role,
    ),
]
FromArgument = Annotated[
    str,
    typer.Argument(
        metavar="FROM", help="Where you are.", show_default=False, autocompletion=complete_role
    ),
]
ToArgument = Annotated[
    str,
    typer.Argument(
        metavar="TO",
        help="Where you want to be.",
        show_default=False,
        autocompletion=complete_role,
    ),
]


def _version(value: bool) -> None:
    if value:
        from careerpath import __version__

        typer.echo(f"careerpath {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    data_dir: Annotated[
        list[Path] | None,
        typer.Option(
            "--data-dir",
            metavar="DIR",
            help="Also read roles/ and ladders/ from DIR (repeatable; the last wins).",
            show_default=False,
            readable=False,  # the catalogue checks it, and says so in one line
        ),
    ] = None,
    no_color: Annotated[
        bool, typer.Option("--no-color", help="No colour or other styling in tables.")
    ] = False,
    no_pager: Annotated[
        bool,
        typer.Option(
            "--no-pager",
            help="Print long tables straight to the terminal, not through a pager "
            "(CAREERPATH_PAGER, else PAGER, else less -FRX).",
        ),
    ] = False,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """Explore careers: role profiles, salaries, career ladders and interview questions."""
    _settings.data_dirs = list(data_dir or [])
    _settings.no_color = no_color
    _settings.no_pager = no_pager
    _settings.lang = default_lang().value
    chosen = os.environ.get("CAREERPATH_LANG", "").strip()
    if chosen and chosen.lower() not in ("en", "vi"):
        from careerpath.messages import say
        from careerpath.render.terminal import message

        message(f"careerpath: {say('bad_lang_env', _settings.lang, value=chosen)}")


class _Settings:
    """Global options, set by the main callback before any command runs."""

    data_dirs: list[Path] = []  # noqa: RUF012 - replaced, never mutated
    argv: list[str] = []  # noqa: RUF012 - replaced, never mutated
    no_color = False
    no_pager = False
    lang = "en"  # of messages; a command's --lang sets it


_settings = _Settings()


def _catalog() -> "Catalog":
    """The catalogue of the whole search path (bundled, user, CAREERPATH_PATH, --data-dir)."""
    from careerpath.catalog import Catalog, search_path

    return Catalog(search_path(_settings.data_dirs))


def _language(lang: Lang | None) -> str:
    """The language of a command's output; messages follow it from here on."""
    _settings.lang = (lang or default_lang()).value
    return _settings.lang


def _render(
    view: str,
    output: OutputFormat,
    item: Any,
    lang: Lang | None,
    *,
    export: Path | None = None,
    title: str | None = None,
) -> None:
    """Print ``item`` as ``view`` in the chosen format (and export the table)."""
    if title is not None and export is None:
        raise UsageError("title_needs_export")
    if export is not None and title is None:
        from careerpath.render.export import default_title

        title = default_title(_settings.argv)
    emit(
        view,
        output,
        item,
        _language(lang),
        no_color=_settings.no_color,
        export=export,
        title=title or "careerpath",
        page=not _settings.no_pager,
    )


def _skipped(errors: list[DataError], strict: bool) -> None:
    """The one policy for data files that cannot be read: each is a warning on stderr
    and the output is complete without it; with ``--strict``, they fail the command.
    (A file a command names, such as the role of ``show ROLE``, fails it at once.)"""
    from careerpath.messages import say
    from careerpath.render.terminal import message

    for error in errors:
        message(f"careerpath: {say('skipped', _settings.lang, error=error)}")
    if errors and strict:
        raise typer.Exit(1)


def complete_ladder(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Ladder ids and aliases that start with ``incomplete``, each with its title."""
    lang = default_lang().value
    found: dict[str, str] = {}
    for rungs in _completion_catalog(ctx).rungs()[0]:
        # the index keeps a ladder's titles Vietnamese first, each once
        title = (rungs.titles[0] if lang == "vi" else rungs.titles[-1]) if rungs.titles else ""
        for name in (rungs.id, *rungs.aliases):
            if name.startswith(incomplete):
                found.setdefault(name, title)
    return sorted(found.items())


def complete_source(incomplete: str) -> list[str]:
    from careerpath.selection import ORIGINS

    return sorted(origin for origin in ORIGINS if origin.startswith(incomplete))


_PAY_HELP = "{} pay: amount, currency and period (150m-vnd/year, 60k-usd/year, 20-usd/hour)."


def _pay_option(name: str, which: str) -> Any:
    return typer.Option(name, metavar="PAY", help=_PAY_HELP.format(which), show_default=False)


@app.command("list")
def list_roles(
    sources: Annotated[
        bool, typer.Option("--sources", help="Also show the file each role comes from.")
    ] = False,
    ladder: Annotated[
        str | None,
        typer.Option(
            "--ladder",
            metavar="ID",
            help="Only the roles on this ladder, in its order.",
            autocompletion=complete_ladder,
            show_default=False,
        ),
    ] = None,
    source: Annotated[
        str | None,
        typer.Option(
            "--source",
            metavar="FROM",
            help="Only roles from: bundled, import, user, CAREERPATH_PATH, data-dir, or a DIR.",
            autocompletion=complete_source,
            show_default=False,
        ),
    ] = None,
    zone: Annotated[
        int | None,
        typer.Option("--zone", metavar="N", min=1, max=5, help="Only roles in job zone N (1–5)."),
    ] = None,
    years: Annotated[
        int | None,
        typer.Option(
            "--years",
            metavar="N",
            min=0,
            help="Only roles whose years of experience (their own, else their ladders') hold N.",
        ),
    ] = None,
    min_pay: Annotated[str | None, _pay_option("--min-pay", "Lowest typical")] = None,
    max_pay: Annotated[str | None, _pay_option("--max-pay", "Highest typical")] = None,
    sort: Annotated[
        ListOrder,
        typer.Option(
            "--sort", metavar="KEY", help="id (default), title, pay (typical), years or zone."
        ),
    ] = ListOrder.ID,
    reverse: Annotated[
        bool,
        typer.Option(
            "--reverse",
            "-r",
            help="Highest first (Z to A, most pay, most years); roles without the value stay last.",
        ),
    ] = False,
    limit: Annotated[
        int, typer.Option("--limit", "-n", metavar="N", min=0, help="The first N roles; 0 for all.")
    ] = 0,
    strict: StrictOption = False,
    output: FormatOption = OutputFormat.TABLE,
    lang: LangOption = None,
) -> None:
    """List roles: id, title, ladders, years of experience and salary; filtered and sorted.

    Typical pay is the median where the source gives one, else the middle of
    the salary range; roles a filter cannot judge are left out and counted on
    stderr.
    """
    from careerpath.salary import pay_limit
    from careerpath.selection import Filters, SortKey, select, source_filter

    catalog = _catalog()
    listings, errors = catalog.listings()
    filters = Filters(
        ladder=[step.role for step in catalog.ladder(ladder).steps] if ladder else None,
        **source_filter(source),
        zone=zone,
        years=years,
        min_pay=pay_limit("--min-pay", min_pay),
        max_pay=pay_limit("--max-pay", max_pay),
    )
    if filters.min_pay and filters.max_pay and filters.min_pay.currency != filters.max_pay.currency:
        raise UsageError("pay_currencies")
    language = _language(lang)
    cards = {card.id: card for card in catalog.cards()[0]}
    chosen = select(
        listings,
        filters,
        SortKey(sort),
        limit,
        title_of=lambda item: item.title.get(language),
        pay_of=lambda item: cards[item.id].pay,
        reverse=reverse,
    )
    from careerpath.render.views.list import Listing

    _render("list", output, Listing(chosen.roles, sources), lang)
    _report_left_out(chosen, filters)
    _skipped(errors, strict)


def _report_left_out(chosen: "Selection", filters: "Filters") -> None:
    """Say on stderr which roles a filter could not judge, and why."""
    from careerpath.messages import say
    from careerpath.render.terminal import message
    from careerpath.render.units import period_name

    if chosen.without_years:
        text = say("no_years_left_out", _settings.lang, n=chosen.without_years)
        message(f"careerpath: {text}")
    limit = filters.min_pay or filters.max_pay
    if limit is None:
        return
    if chosen.other_currency:
        currencies = ", ".join(
            f"{currency}: {count}" for currency, count in sorted(chosen.other_currency.items())
        )
        text = say(
            "other_currency_left_out",
            _settings.lang,
            currencies=currencies,
            currency=limit.currency,
        )
        message(f"careerpath: {text}")
    if chosen.without_pay:
        text = say(
            "no_pay_left_out",
            _settings.lang,
            n=chosen.without_pay,
            currency=limit.currency,
            period=period_name(limit.period, _settings.lang),
        )
        message(f"careerpath: {text}")


@app.command()
def show(
    role: RoleArgument,
    section: Annotated[
        list[Section] | None,
        typer.Option(
            "--section",
            "-s",
            metavar="SECTION",
            help=f"Show only this section (repeatable): {', '.join(Section)}.",
        ),
    ] = None,
    export: ExportOption = None,
    title: TitleOption = None,
    strict: StrictOption = False,
    output: ShowFormatOption = ShowFormat.TABLE,
    lang: LangOption = None,
) -> None:
    """Show one role: every section of its profile."""
    from careerpath.ladder import positions
    from careerpath.profile import chosen_sections

    catalog = _catalog()
    found = catalog.role(role)
    sections = chosen_sections(section)
    ladder_errors: list[DataError] = []
    placed = []
    if Section.LADDERS in sections or Section.STATS in sections:  # stats flags disagreements
        ladders, ladder_errors = catalog.ladders_for(found.id)
        placed = positions(found.id, ladders)

    # An export is shared: it names the file within its data folder, not on this machine.
    source = catalog.role_origin(found.id, within_folder=export is not None)
    from careerpath.render.views.show import Profile

    same_code = []
    if Section.RELATED in sections and found.codes is not None:  # as `related` finds them
        from careerpath.related import related as find_related

        coded, card_errors = catalog.code_cards()
        ladder_errors += card_errors
        groups = find_related(found, [], coded).groups
        same_code = [group for group in groups if group.kind == "code"]
    profile = Profile(found, placed, sections, source, same_code)
    _render("show", OutputFormat(output.value), profile, lang, export=export, title=title)
    _skipped(ladder_errors, strict)


class ConvertTo(enum.StrEnum):
    """``--per``: the periods pay converts between (a year is 12 months). Hourly pay
    never converts, so ``hour`` is not offered: help, completion and errors agree."""

    YEAR = "year"
    MONTH = "month"


PerOption = Annotated[
    ConvertTo | None,
    typer.Option(
        "--per",
        metavar="PERIOD",
        help="Convert every figure to per year or per month (year = 12 × month).",
        show_default=False,
    ),
]


@app.command()
def ladder(
    name: Annotated[
        str | None,
        typer.Argument(
            metavar="[TRACK|ROLE]",
            help="A ladder id, or a role to show every ladder it is on. None: list the ladders.",
            show_default=False,
            autocompletion=complete_ladder_or_role,
        ),
    ] = None,
    per: PerOption = None,
    step: Annotated[
        str | None,
        typer.Option(
            "--step",
            metavar="STEP",
            help="Show what one step expects, by theme: its number, id or role.",
            show_default=False,
        ),
    ] = None,
    diff: Annotated[
        tuple[str, str] | None,
        typer.Option(
            "--diff",
            metavar="A B",
            help="Show, theme by theme, what step B expects that step A does not.",
            show_default=False,
        ),
    ] = None,
    export: ExportOption = None,
    title: TitleOption = None,
    strict: StrictOption = False,
    output: FormatOption = OutputFormat.TABLE,
    lang: LangOption = None,
) -> None:
    """Draw a career ladder as a timeline: steps, year spans, cumulative years, salaries;
    or, with --step or --diff, what its steps expect."""
    from careerpath.ladder import timeline

    catalog = _catalog()
    if step is not None or diff is not None:
        if name is None or (step is not None and diff is not None):
            raise UsageError("step_or_diff")
        from careerpath import expectations

        found = catalog.ladders_named(name)
        if found[1] is not None:  # a role: every ladder it is on
            raise CareerpathError("step_needs_ladder", name=name)
        (chosen_ladder,) = found[0]
        if diff is not None:
            compared = expectations.diff(chosen_ladder, *diff)
            _render("stepdiff", output, compared, lang, export=export, title=title)
        else:
            assert step is not None
            shown = expectations.expectations(chosen_ladder, step)
            _render("expectations", output, shown, lang, export=export, title=title)
        _skipped(found[2], strict)
        return
    if name is None:
        from careerpath.render.views.ladders import LadderList

        ladders, errors = catalog.ladders()
        listing = LadderList(ladders)
        if output is OutputFormat.CSV:  # every step, with its role's pay
            cards, card_errors = catalog.cards()
            errors += card_errors
            period = Period(per.value) if per else None
            listing = LadderList(ladders, {card.id: card for card in cards}, period)
        _render("ladders", output, listing, lang, export=export, title=title)
        _skipped(errors, strict)
        return

    chosen, highlight, errors = catalog.ladders_named(name)
    roles, role_errors = catalog.roles_by_id(step.role for item in chosen for step in item.steps)
    period = Period(per.value) if per else None
    timelines = [timeline(item, roles, highlight, period) for item in chosen]

    _render("timelines", output, timelines, lang, export=export, title=title)
    _skipped(errors + role_errors, strict)


def _roles(catalog: "Catalog", names: Sequence[str]) -> "list[Role]":
    found: list[Role] = []
    for name in names:
        role = catalog.role(name)
        if role not in found:
            found.append(role)
    return found


@app.command("salary")
def salary_command(
    roles: Annotated[
        list[str],
        typer.Argument(
            metavar="ROLE...",
            help="One or more roles.",
            show_default=False,
            autocompletion=complete_role,
        ),
    ],
    per: PerOption = None,
    export: ExportOption = None,
    title: TitleOption = None,
    output: FormatOption = OutputFormat.TABLE,
    lang: LangOption = None,
) -> None:
    """Salaries: total, base and supplementary pay, common and full ranges, on one scale."""

    found = _roles(_catalog(), roles)

    from careerpath.render.views.salary import Pay

    period = Period(per.value) if per is not None else None
    _render("salary", output, Pay(found, period), lang, export=export, title=title)


@app.command()
def compare(
    roles: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[ROLE...]",
            help="Roles to compare. None: every full profile that was not imported.",
            show_default=False,
            autocompletion=complete_role,
        ),
    ] = None,
    diff_only: Annotated[
        bool, typer.Option("--diff-only", help="Keep only the rows whose values differ.")
    ] = False,
    per: Annotated[
        ConvertTo,
        typer.Option("--per", metavar="PERIOD", help="Compare salaries per year or per month."),
    ] = ConvertTo.YEAR,
    export: ExportOption = None,
    title: TitleOption = None,
    strict: StrictOption = False,
    output: FormatOption = OutputFormat.TABLE,
    lang: LangOption = None,
) -> None:
    """Compare roles side by side: degree, years, ratings, pay, experience, ladders, counts."""
    from careerpath.compare import comparison

    catalog = _catalog()
    errors: list[DataError] = []
    if roles:
        found = _roles(catalog, roles)
    else:
        found, errors = catalog.comparable_roles()
    ladders, ladder_errors = catalog.ladders_of(role.id for role in found)
    result = comparison(found, ladders, Period(per.value))
    if diff_only:
        result = result.only_differences()

    _render("compare", output, result, lang, export=export, title=title)
    _skipped(errors + ladder_errors, strict)


@app.command()
def related(
    role: RoleArgument,
    strict: StrictOption = False,
    output: FormatOption = OutputFormat.TABLE,
    lang: LangOption = None,
) -> None:
    """Roles near one role: its ladder steps, related roles, and roles with its codes."""
    from careerpath.related import related as find_related

    catalog = _catalog()
    found = catalog.role(role)
    ladders, errors = catalog.ladders_for(found.id)
    cards, card_errors = catalog.cards()
    _render("related", output, find_related(found, ladders, cards), lang)
    _skipped(errors + card_errors, strict)


EDUCATION_CHOICES = (
    "none", "high-school", "certificate", "some-college", "associate", "bachelor",
    "post-baccalaureate", "master", "post-master", "professional", "doctorate", "post-doctorate",
)  # fmt: skip  # the names of careerpath.match.Education, not imported here


def complete_education(incomplete: str) -> list[str]:
    return [name for name in EDUCATION_CHOICES if name.startswith(incomplete)]


@app.command()
def match(
    interests: Annotated[
        str | None,
        typer.Option(
            "--interests",
            metavar="CODE",
            help="Your interests as a RIASEC code, e.g. CES (strongest first).",
            show_default=False,
        ),
    ] = None,
    years: Annotated[
        int | None,
        typer.Option("--years", metavar="N", min=0, help="Your years of work experience."),
    ] = None,
    min_pay: Annotated[str | None, _pay_option("--min-pay", "The lowest")] = None,
    education: Annotated[
        str | None,
        typer.Option(
            "--education",
            metavar="LEVEL",
            help="Your education: high-school, associate, bachelor, master, doctorate …",
            autocompletion=complete_education,
            show_default=False,
        ),
    ] = None,
    quiz: Annotated[
        bool,
        typer.Option("--quiz", help="Find your interests with a short quiz in the terminal."),
    ] = False,
    limit: Annotated[
        int,
        typer.Option("--limit", "-n", metavar="N", min=0, help="Show the best N roles; 0 for all."),
    ] = 20,
    strict: StrictOption = False,
    output: FormatOption = OutputFormat.TABLE,
    lang: LangOption = None,
) -> None:
    """Rank roles for you by interests, experience, pay and education, with the reasons."""

    from careerpath.match import Education, Person, interest_code, ladder_years, rank
    from careerpath.salary import pay_limit

    if quiz:
        if interests is not None:
            raise UsageError("quiz_and_interests")
        if output is not OutputFormat.TABLE:
            raise UsageError("quiz_no_format")
        from careerpath.render.terminal import stdin_is_terminal

        if not stdin_is_terminal():
            raise UsageError("quiz_needs_terminal")
        interests = _quiz(_language(lang))
        if interests is None:
            return
    code = None
    if interests is not None:
        try:
            code = interest_code(interests)
        except ValueError:
            raise UsageError("bad_interests", value=interests) from None
    level = None
    if education is not None:
        if education not in EDUCATION_CHOICES:
            raise UsageError("bad_education", value=education, choices=", ".join(EDUCATION_CHOICES))
        level = Education(education)
    person = Person(
        interests=code, years=years, min_pay=pay_limit("--min-pay", min_pay), education=level
    )
    if not person.criteria():
        raise UsageError("match_nothing")
    catalog = _catalog()
    profiles, errors = catalog.match_profiles()
    spans: dict[str, tuple[int, int | None]] = {}
    if years is not None:  # a role without years of its own: its step on a written ladder
        rungs, more = catalog.rungs()
        errors.extend(more)
        spans = ladder_years(rungs)
    _render("match", output, rank(profiles, person, limit, spans), lang)
    _skipped(errors, strict)


def _interactive() -> None:
    """Ctrl-C interrupts the drill and the quiz even when careerpath was started with
    SIGINT ignored (as a shell's background job, then brought to the foreground)."""
    import signal

    signal.signal(signal.SIGINT, signal.default_int_handler)


def _read_key() -> str:
    """One key from the terminal: Ctrl-C interrupts; Ctrl-D (end of input) reads as
    ``\x04``, which the drill and the quiz take as "quit".

    The terminal is made raw without flushing what was typed before (Typer's
    reader flushes it): a key pressed while the question was still printing
    counts, as it would in any program."""
    try:
        import termios
        import tty

        fd = sys.stdin.fileno()
        old = termios.tcgetattr(fd)
    except (ImportError, OSError, ValueError, AttributeError):  # not a terminal
        try:
            key = typer.getchar()
        except EOFError:
            return "\x04"
    else:
        try:
            tty.setraw(fd, termios.TCSANOW)
            data = os.read(fd, 32)
        finally:
            termios.tcsetattr(fd, termios.TCSADRAIN, old)
        key = data.decode(sys.stdin.encoding or "utf-8", "replace")
    if key == "\x03":
        raise KeyboardInterrupt
    # An empty read is end of input too: Ctrl-D typed before the terminal was raw.
    return key if key and key != "\x00" else "\x04"


def _quiz(lang: str) -> str | None:
    """Ask the interest quiz; the code it finds, or None when quit or nothing scored."""
    from careerpath.messages import say
    from careerpath.quiz import ask, code, print_scores, scores, statements
    from careerpath.render.terminal import message, table_console

    _interactive()
    items = statements()
    console = table_console(no_color=_settings.no_color)
    answers = ask(console, items, lang, _read_key)
    if answers is None:
        message(f"careerpath: {say('quiz_quit', lang)}")
        return None
    found = scores(items, answers)
    print_scores(console, items, found, lang)
    console.print()
    if not code(found):
        message(f"careerpath: {say('quiz_no_code', lang)}")
        return None
    return code(found)


class NoRouteError(CareerpathError):
    """No way up the ladders leads from one role to the other."""


@app.command("next")
def next_command(
    role: RoleArgument,
    years: Annotated[
        int | None,
        typer.Option(
            "--years", metavar="N", min=0, help="Your years of work experience: how far each is."
        ),
    ] = None,
    limit: Annotated[
        int,
        typer.Option("--limit", "-n", metavar="N", min=0, help="Show the first N; 0 for all."),
    ] = 10,
    output: FormatOption = OutputFormat.TABLE,
    lang: LangOption = None,
) -> None:
    """Where you can go from a role, best first: the next step of each ladder, then
    related roles with more preparation or pay; how far, pay, zone, education, skills."""
    from careerpath.onward import next_steps
    from careerpath.related import item_order

    catalog = _catalog()
    found = catalog.role(role)
    ladders, errors = catalog.ladders_for(found.id)
    named = [step.role for ladder in ladders for step in ladder.steps]
    named += [item.role for item in item_order(found)]
    roles, more = catalog.roles_by_id(named)
    roles[found.id] = found
    problems = [*errors, *more]

    def occupation_of(other: "Role") -> "Role | None":
        occupation, failed = catalog.occupation_of(other)
        problems.extend(failed)
        return occupation

    steps = next_steps(found, ladders, roles, occupation_of, years=years, limit=limit or None)
    _language(lang)
    _skipped(list(dict.fromkeys(problems)), strict=False)
    _render("next", output, steps, lang)


@app.command()
def gap(
    start: FromArgument,
    end: ToArgument,
    output: FormatOption = OutputFormat.TABLE,
    lang: LangOption = None,
) -> None:
    """What differs from one role to another, as a plan: skills to raise, technologies,
    education, experience, job zone, interests and pay."""
    from careerpath.gap import gap as find_gap

    catalog = _catalog()
    first, last = catalog.role(start), catalog.role(end)
    first_occupation, errors = catalog.occupation_of(first)
    last_occupation, more = catalog.occupation_of(last)
    _language(lang)
    _skipped([*errors, *more], strict=False)
    _render("gap", output, find_gap(first, last, first_occupation, last_occupation), lang)


@app.command()
def path(
    start: FromArgument,
    end: ToArgument,
    years: Annotated[
        int | None,
        typer.Option(
            "--years",
            metavar="N",
            min=0,
            help="Your years of experience: count the years to go from them.",
        ),
    ] = None,
    per: PerOption = None,
    strict: StrictOption = False,
    output: FormatOption = OutputFormat.TABLE,
    lang: LangOption = None,
) -> None:
    """Every route up the ladders from one role to another, best first: steps, years, pay."""
    import msgspec

    from careerpath.ladder import MAX_WORK, Routes, counted_from, pay_change, route_search

    catalog = _catalog()
    first, last = catalog.role(start), catalog.role(end)
    ladders, errors = catalog.ladders()
    roles = {first.id: first, last.id: last}
    found, capped = route_search(first.id, last.id, ladders, roles)
    if capped:
        from careerpath.messages import say
        from careerpath.render.terminal import message

        message(f"careerpath: {say('routes_capped', _settings.lang, work=MAX_WORK)}")
    if not found:
        raise NoRouteError("no_route", start=first.id, end=last.id)

    if years is not None:
        found = [counted_from(route, years) for route in found]
    if per is not None:  # the pay change per month (every route has the same two ends)
        change, not_compared = pay_change(first, last, Period(per.value))
        found = [
            msgspec.structs.replace(route, salary_change=change, salary_not_compared=not_compared)
            for route in found
        ]
    _render("path", output, Routes(best=found[0], routes=found), lang)
    _skipped(errors, strict)


@app.command()
def interview(
    role: RoleArgument,
    company: Annotated[
        str | None,
        typer.Option("--company", metavar="NAME", help="Only questions from this company."),
    ] = None,
    pick: Annotated[
        int | None,
        typer.Option("--random", metavar="N", min=1, help="Pick N questions at random."),
    ] = None,
    seed: Annotated[
        int | None,
        typer.Option(
            "--seed", metavar="S", help="Seed for --random: the same seed, the same pick."
        ),
    ] = None,
    practice: Annotated[
        bool,
        typer.Option("--practice", help="Drill the questions one by one in the terminal."),
    ] = False,
    limit: Annotated[
        int | None,
        typer.Option(
            "--limit",
            "-n",
            metavar="N",
            min=1,
            help="Show the first N questions (reported ones come first).",
        ),
    ] = None,
    output: FormatOption = OutputFormat.TABLE,
    lang: LangOption = None,
) -> None:
    """Interview questions: the role's reported ones (source, company rating, date,
    sample answer), then questions careerpath chooses for it, each with why; or a drill."""

    if seed is not None and pick is None:
        raise UsageError("seed_needs_random")
    if practice:
        if output is not OutputFormat.TABLE:
            raise UsageError("practice_no_format")
        from careerpath.render.terminal import stdin_is_terminal

        if not stdin_is_terminal():
            raise UsageError("practice_needs_terminal")
    from careerpath.interview import choose

    catalog = _catalog()
    found = catalog.role(role)
    occupation, errors = catalog.occupation_of(found)
    _language(lang)
    _skipped(errors, strict=False)
    chosen = choose(
        found,
        company=company,
        pick=pick,
        seed=seed,
        limit=limit,
        banks=catalog.question_banks(),
        occupation=occupation,
    )
    if not practice:
        _render("interview", output, chosen, lang)
        return
    if not chosen.count:
        from careerpath.messages import say
        from careerpath.render.terminal import message

        message(f"careerpath: {say('nothing_to_practise', _language(lang), role=chosen.role)}")
        return
    from careerpath.practice import drill, summary
    from careerpath.render.terminal import table_console

    _interactive()
    console = table_console()
    seen, revealed = drill(console, chosen, _language(lang), _read_key)
    console.print()
    console.print(summary(seen, revealed, chosen.count, _language(lang)))


@app.command()
def search(
    query: Annotated[
        str, typer.Argument(metavar="QUERY", help="Words to look for.", show_default=False)
    ],
    limit: Annotated[
        int,
        typer.Option("--limit", "-n", metavar="N", min=0, help="Show the best N roles; 0 for all."),
    ] = 20,
    strict: StrictOption = False,
    output: FormatOption = OutputFormat.TABLE,
    lang: LangOption = None,
) -> None:
    """Search titles, aliases, summaries, duties, requirements, interviews and FAQ."""
    from careerpath.search import MAX_QUERY_CHARS, MAX_QUERY_WORDS, query_problem
    from careerpath.search import search as run_search

    problem = query_problem(query)
    if problem is not None:
        raise UsageError(problem, chars=MAX_QUERY_CHARS, words=MAX_QUERY_WORDS)
    documents, errors = _catalog().searchables()
    from careerpath.render.views.search import Found

    _render("search", output, Found(query, run_search(documents, query, limit)), lang)
    _skipped(errors, strict)


class ValidateFormat(enum.StrEnum):
    """``validate``'s formats: the common ones, and GitHub Actions annotations."""

    TABLE = "table"
    JSON = "json"
    YAML = "yaml"
    CSV = "csv"
    MARKDOWN = "markdown"
    GITHUB = "github"


@app.command("validate")
def validate_command(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="[PATH...]",
            help="Files or data directories. None: the --data-dir folders, else this "
            "directory when it holds roles/, ladders/ or questions/, else the search "
            "path but the bundled data.",
            show_default=False,
        ),
    ] = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Fail (exit 1) on warnings too, not only errors.")
    ] = False,
    whole_search_path: Annotated[
        bool,
        typer.Option(
            "--search-path",
            help="Let ladders name roles anywhere on the search path (this machine's "
            "imports and user data), not only in their own data directory and the "
            "bundled data.",
        ),
    ] = False,
    output: Annotated[
        ValidateFormat,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="table, json, yaml, csv, markdown, or github (GitHub Actions annotations).",
        ),
    ] = ValidateFormat.TABLE,
    lang: LangOption = None,
) -> None:
    """Check data files against the format, and the data against itself."""
    from careerpath.catalog import DataDir, bundled_data_dir
    from careerpath.normalize import fold
    from careerpath.render.terminal import message
    from careerpath.validate import (
        data_directory_of,
        github_annotations,
        is_data_directory,
        targets_at,
        targets_in,
        validate,
    )

    catalog = _catalog()
    if paths:
        targets = targets_at(paths)
        homes = [data_directory_of(path) for path in paths]
        own = [DataDir(home, "argument") for home in dict.fromkeys(homes) if home is not None]
    elif _settings.data_dirs:
        own = [root for root in catalog.roots if root.origin == "--data-dir"]
        targets = targets_in(own)
    elif is_data_directory(Path.cwd()):
        own = [DataDir(Path.cwd(), "argument")]
        targets = targets_in(own)
    else:
        own = [root for root in catalog.roots if root.origin != "bundled"]
        targets = targets_in(own)
    # What the files may name: their own data directories and the bundled data;
    # the whole search path only when asked, so that a check gives the same
    # answer on every machine, whatever it has imported.
    from careerpath.catalog import Catalog

    if whole_search_path:
        context = Catalog([*catalog.roots, *own], use_index=catalog.use_index)
    else:
        bundled = DataDir(bundled_data_dir(), "bundled")
        context = Catalog([bundled, *own], use_index=catalog.use_index)
    cards = context.cards()[0]
    titles = {
        fold(title): card.id for card in cards for title in (card.title.vi, card.title.en) if title
    }
    names = {name: card.id for card in cards for name in (card.id, *card.aliases)}
    report = validate(targets, context.role_ids(), titles, names, context.ladder_ids())
    if output is ValidateFormat.GITHUB:
        for line in github_annotations(report):
            typer.echo(line)
    else:
        _render("validate", OutputFormat(output.value), report, lang)
    from careerpath.messages import say

    counts = {"files": report.files, "errors": report.errors, "warnings": report.warnings}
    message(f"careerpath: {say('checked', _settings.lang, **counts)}")
    if report.errors or (strict and report.warnings):
        raise typer.Exit(1)


@app.command()
def new(
    role: Annotated[
        str,
        typer.Argument(
            metavar="ROLE",
            help="The new role's id, e.g. data-analyst; or `ladder ID` for a new ladder.",
            show_default=False,
        ),
    ],
    ladder_id: Annotated[
        str | None,
        typer.Argument(
            metavar="[ID]", help="With `ladder`: the new ladder's id.", show_default=False
        ),
    ] = None,
    source: Annotated[
        str | None,
        typer.Option(
            "--from",
            metavar="EXISTING",
            help="Start from a copy of this role instead of the template.",
            autocompletion=complete_role,
        ),
    ] = None,
    directory: Annotated[
        Path | None,
        typer.Option(
            "--dir",
            metavar="DIR",
            help="Write into DIR/roles/ [default: the user data directory].",
            show_default=False,
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing file.")] = False,
) -> None:
    """Write a new role profile (a commented template, or a copy of a role) or, with
    `ladder ID`, a new ladder; print its path."""
    from careerpath.authoring import check_id, copy_of, write_new
    from careerpath.catalog import bundled_data_dir, user_data_dir
    from careerpath.kinds import LADDER, ROLE
    from careerpath.messages import say
    from careerpath.render.terminal import message, write

    kind = ROLE
    if ladder_id is not None:
        if role != LADDER.name or source:
            raise UsageError("new_two_names")
        kind, role = LADDER, ladder_id
    check_id(role)
    assert kind.template is not None  # roles and ladders have one
    catalog = _catalog()
    text = copy_of(catalog.role(source), role) if source else kind.template(role)
    path = (directory or user_data_dir()) / kind.folder / f"{role}.yaml"
    if not force:
        # An id already on the search path (bundled, imported or one's own): the
        # new file would hide that one. Refuse, naming it, unless --force.
        shelf = catalog.shelf(kind)
        existing = shelf.files.get(role)
        if existing is not None and not path.exists():
            raise CareerpathError(
                "would_shadow",
                id=role,
                kind=say(f"kind_{kind.name}", _settings.lang),
                path=existing,
                new=path,
            )
    write_new(path, text, force=force)
    if (bundled_data_dir() / kind.folder / f"{role}.yaml").is_file():
        message(f"careerpath: {say('shadows_bundled', _settings.lang, id=role, path=path)}")
    write(f"{path}\n")


ImportForceOption = Annotated[
    bool, typer.Option("--force", help="Replace DIR even if it is not an earlier import.")
]
import_app = typer.Typer(
    cls=TyperGroup,
    help="Import open occupational data as careerpath role profiles.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(import_app, name="import")


@import_app.command("onet")
def import_onet(
    source: Annotated[
        Path,
        typer.Argument(
            metavar="SOURCE",
            help="The O*NET text edition as downloaded (db_29_3_text.zip) or its folder.",
            show_default=False,
        ),
    ],
    wages: Annotated[
        Path | None,
        typer.Option(
            "--wages",
            metavar="FILE",
            help="BLS OEWS national wages: national_M2025_dl.xlsx, oesm25nat.zip or a .csv.",
            show_default=False,
        ),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            metavar="DIR",
            help="The data directory to write [default: onet-VERSION in the user data directory].",
            show_default=False,
        ),
    ] = None,
    force: ImportForceOption = False,
) -> None:
    """Import every O*NET occupation, with OEWS pay, as a role profile.

    Prints the folder it wrote on stdout, and a summary on stderr.
    """
    from careerpath.catalog import bundled_data_dir, user_data_dir
    from careerpath.importers import import_onet as run_import
    from careerpath.importers import summary_line
    from careerpath.kinds import ROLE
    from careerpath.render.progress import progress_steps
    from careerpath.render.terminal import message, write

    reserved = sorted(path.stem for path in (bundled_data_dir() / ROLE.folder).glob("*.yaml"))
    with progress_steps(no_color=_settings.no_color) as steps:
        summary = run_import(
            source,
            wages,
            out,
            force=force,
            reserved=reserved,
            default_root=user_data_dir,
            steps=steps,
        )
    line = summary_line(summary, wages_given=wages is not None, lang=_settings.lang)
    message(f"careerpath: {line}")
    write(f"{summary.out}\n")


@import_app.command("framework")
def import_framework_command(
    source: Annotated[
        Path,
        typer.Argument(
            metavar="SOURCE",
            help="A progression framework: a Monzo-format Markdown file or folder "
            "(generic.md found beside it), or a Financial Times job-family .yml.",
            show_default=False,
        ),
    ],
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            metavar="DIR",
            help="The data directory to write [default: framework-ID in the user data directory].",
            show_default=False,
        ),
    ] = None,
    force: ImportForceOption = False,
) -> None:
    """Import a progression framework as a ladder: what each level expects, by theme.

    Prints the folder it wrote on stdout, and a summary on stderr.
    """
    from careerpath.catalog import user_data_dir
    from careerpath.importers import import_framework
    from careerpath.messages import say
    from careerpath.render.terminal import message, write

    summary = import_framework(source, out, force=force, default_root=user_data_dir)
    said = say(
        "imported_frameworks",
        _settings.lang,
        n=len(summary.ladders),
        path=summary.out,
        ladders=", ".join(summary.ladders),
        steps=summary.steps,
        expectations=summary.expectations,
    )
    message(f"careerpath: {said}")
    write(f"{summary.out}\n")


@app.command()
def paths(
    clear_cache: Annotated[
        bool,
        typer.Option(
            "--clear-cache", help="Empty the cache folder (it refills itself as it is used)."
        ),
    ] = False,
    output: FormatOption = OutputFormat.TABLE,
    lang: LangOption = None,
) -> None:
    """Where careerpath reads data from and keeps its cache."""
    from careerpath.places import clear_cache as clear
    from careerpath.places import places

    found = places(_settings.data_dirs)
    if clear_cache:
        from careerpath.messages import say
        from careerpath.render.terminal import message
        from careerpath.render.units import file_size

        gone = clear(found.cache.folder)
        size = file_size(gone.size, _language(lang))
        said = say("cache_cleared", _settings.lang, files=gone.files, size=size, folder=gone.folder)
        message(f"careerpath: {said}")
        found = places(_settings.data_dirs)
    _render("paths", output, found, lang)


class SchemaKind(enum.StrEnum):
    ROLE = "role"
    LADDER = "ladder"
    QUESTIONS = "questions"


@app.command()
def schema(
    kind: Annotated[
        SchemaKind, typer.Argument(help="Which file format.", show_default=True)
    ] = SchemaKind.ROLE,
) -> None:
    """Print the JSON Schema of the role, ladder or question bank file format."""
    from careerpath.kinds import BY_NAME
    from careerpath.model import json_schema
    from careerpath.render.documents import to_json
    from careerpath.render.terminal import write

    write(to_json(json_schema(BY_NAME[kind.value].record)))


def _only_the_command_asked(args: list[str]) -> None:
    """Register only the command the arguments name, before Typer builds the app.

    Typer turns every command's signature into options on every run (a few ms);
    a run of one command needs only that one. With no command named (``--help``,
    a typo) or while completing, every command stays.
    """
    if os.environ.get("_CAREERPATH_COMPLETE"):
        return
    hoisted = hoist_global_options(args)
    index = 0
    while index < len(hoisted) and hoisted[index].startswith("-"):
        index += 2 if hoisted[index] in GLOBAL_VALUES else 1
    if index >= len(hoisted):
        return
    name = hoisted[index]
    from typer.main import get_command_name

    commands = [
        info
        for info in app.registered_commands
        if (info.name or get_command_name(info.callback.__name__ if info.callback else "")) == name
    ]
    groups = [info for info in app.registered_groups if info.name == name]
    if commands or groups:
        app.registered_commands = commands
        app.registered_groups = groups


def main() -> NoReturn:
    """Console-script entry point: a bug gets a short message and exit code 70.

    Set ``CAREERPATH_DEBUG=1`` to see the traceback instead.
    """
    try:
        _only_the_command_asked(sys.argv[1:])
        app()
    except KeyboardInterrupt:  # while the arguments were read, before a command ran
        raise SystemExit(EXIT_INTERRUPTED) from None
    except BrokenPipeError:  # --help or --version into a closed pipe
        _silence_stdout()
        raise SystemExit(EXIT_BROKEN_PIPE) from None
    except OSError as error:
        if not _printing(error):
            _internal(error)
        from careerpath.messages import say
        from careerpath.render.terminal import message

        reason = error.strerror or str(error)
        message(f"careerpath: {say('output_failed', _settings.lang, reason=reason)}")
        _silence_stdout()
        raise SystemExit(EXIT_OUTPUT) from None
    except Exception as error:  # known errors were handled in _Commands.invoke
        _internal(error)
    raise SystemExit(0)  # pragma: no cover - app() always exits


def _printing(error: OSError) -> bool:
    """Whether the error was raised by Click's ``echo`` (help, usage, the version)
    writing to a stdout that cannot take it, rather than by a bug."""
    traceback = error.__traceback__
    while traceback is not None and traceback.tb_next is not None:
        traceback = traceback.tb_next
    return traceback is not None and traceback.tb_frame.f_code.co_name == "echo"


def _internal(error: Exception) -> NoReturn:
    """A bug: a short message and exit 70, or the traceback with CAREERPATH_DEBUG."""
    if os.environ.get("CAREERPATH_DEBUG"):
        raise error
    from careerpath.messages import say
    from careerpath.render.terminal import message

    detail = f"{type(error).__name__}: {error}"
    message(f"careerpath: {say('internal', _settings.lang, error=detail)}")
    raise SystemExit(EXIT_INTERNAL) from None
