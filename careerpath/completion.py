"""Shell completion for zsh and fish that shows each name's help as written.

Typer's own zsh and fish completion reads the help beside a name as rich
markup, so that "[default: …]" and any bracketed words of a role's title
vanish, and its zsh escaping loses apostrophes ("FILE's" shows as "FILEs").
These classes replace Typer's for the two shells: the help is plain text on
one line, quoted for the shell that reads it. Bash shows no help, and keeps
Typer's class.
"""

from __future__ import annotations

from typer._click.shell_completion import CompletionItem, add_completion_class
from typer._completion_classes import FishComplete, ZshComplete


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _zsh_quoted(text: str) -> str:
    """``text`` inside the double quotes of an ``_arguments`` item, itself inside the
    single quotes of the line zsh evaluates: a backslash, double quote, dollar sign,
    backtick and colon escaped for ``_arguments``, then an apostrophe closing and
    reopening the single quotes around an escaped one."""
    for special in ("\\", '"', "$", "`"):
        text = text.replace(special, "\\" + special)
    return text.replace(":", "\\\\:").replace("'", "'\\''")


class Zsh(ZshComplete):
    def format_completion(self, item: CompletionItem) -> str:
        value = _zsh_quoted(item.value)
        if item.help:
            return f'"{value}":"{_zsh_quoted(_one_line(item.help))}"'
        return f'"{value}"'


class Fish(FishComplete):
    def format_completion(self, item: CompletionItem) -> str:
        if item.help:
            return f"{_one_line(item.value)}\t{_one_line(item.help)}"
        return _one_line(item.value)


def install() -> None:
    """Use these classes for zsh and fish from now on (after Typer registered its own)."""
    add_completion_class(Zsh, Zsh.name)
    add_completion_class(Fish, Fish.name)
