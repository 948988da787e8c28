"""The command line: parse, call the domain, render, and choose the exit code.

Domain and rendering modules are imported inside the commands so that
``careerpath --help`` stays fast.
"""

from __future__ import annotations

import enum
import os
from typing import Annotated, Any, NoReturn

import typer
from typer.core import TyperGroup

from careerpath import __version__
from careerpath.errors import EXIT_INTERRUPTED, CareerpathError, DataError
from careerpath.profile import Section


class OutputFormat(enum.StrEnum):
    TABLE = "table"
    JSON = "json"


class Lang(enum.StrEnum):
    EN = "en"
    VI = "vi"


def default_lang() -> Lang:
    """``vi*`` locales read Vietnamese; everything else English."""
    locale = os.environ.get("LC_ALL") or os.environ.get("LANG") or ""
    return Lang.VI if locale.lower().startswith("vi") else Lang.EN


class _Commands(TyperGroup):
    """Turns known errors into one line on stderr and an exit code, in one place."""

    def list_commands(self, ctx: Any) -> list[str]:
        return list(self.commands)  # in the order they are defined, not sorted

    def invoke(self, ctx: Any) -> Any:
        from careerpath.render.terminal import message

        try:
            return super().invoke(ctx)
        except DataError as error:
            message(str(error))
            ctx.exit(error.exit_code)
        except CareerpathError as error:
            message(f"careerpath: {error}")
            ctx.exit(error.exit_code)
        except KeyboardInterrupt:
            message("careerpath: interrupted")
            ctx.exit(EXIT_INTERRUPTED)


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
        "--format", "-f", metavar="FORMAT", help="table (for people) or json (for scripts)."
    ),
]
LangOption = Annotated[
    Lang | None,
    typer.Option(
        "--lang",
        envvar="CAREERPATH_LANG",
        show_default=False,
        help="Language of headings and text [default: vi for a vi* LC_ALL/LANG, else en].",
    ),
]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"careerpath {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """Explore careers: role profiles, salaries, career ladders and interview questions."""


def _report(errors: list[DataError]) -> None:
    """Print each broken file once; the caller decides the exit code."""
    from careerpath.render.terminal import message

    for error in errors:
        message(str(error))


def _fail_if(errors: list[DataError]) -> None:
    if errors:
        raise typer.Exit(1)


@app.command("list")
def list_roles(output: FormatOption = OutputFormat.TABLE, lang: LangOption = None) -> None:
    """List every role: id, title, ladders, years of experience and salary."""
    from careerpath.catalog import Catalog
    from careerpath.listing import role_listings

    catalog = Catalog()
    roles, role_errors = catalog.roles()
    ladders, ladder_errors = catalog.ladders()
    listings = role_listings(roles, ladders)
    if output is OutputFormat.JSON:
        from careerpath.render.documents import list_document, to_json
        from careerpath.render.terminal import write

        write(to_json(list_document(listings)))
    else:
        from careerpath.render.tables import print_role_list
        from careerpath.render.terminal import table_console

        print_role_list(table_console(), listings, (lang or default_lang()).value)
    _report(role_errors + ladder_errors)
    _fail_if(role_errors + ladder_errors)


@app.command()
def show(
    role: Annotated[
        str, typer.Argument(metavar="ROLE", help="Role id, alias or title.", show_default=False)
    ],
    section: Annotated[
        list[Section] | None,
        typer.Option(
            "--section",
            "-s",
            metavar="SECTION",
            help=f"Show only this section (repeatable): {', '.join(Section)}.",
        ),
    ] = None,
    output: FormatOption = OutputFormat.TABLE,
    lang: LangOption = None,
) -> None:
    """Show one role: every section of its profile."""
    from careerpath.catalog import Catalog
    from careerpath.ladder import positions
    from careerpath.profile import chosen_sections

    catalog = Catalog()
    found = catalog.role(role)
    sections = chosen_sections(section)
    ladder_errors: list[DataError] = []
    placed = []
    if Section.LADDERS in sections:
        ladders, ladder_errors = catalog.ladders()
        placed = positions(found.id, ladders)
    if output is OutputFormat.JSON:
        from careerpath.render.documents import role_document, to_json
        from careerpath.render.terminal import write

        write(to_json(role_document(found, placed, sections)))
    else:
        from careerpath.render.tables import print_role
        from careerpath.render.terminal import table_console

        print_role(table_console(), found, placed, sections, (lang or default_lang()).value)
    _report(ladder_errors)
    _fail_if(ladder_errors)


def main() -> NoReturn:
    """Console-script entry point."""
    app()
    raise SystemExit(0)  # pragma: no cover - app() always exits
