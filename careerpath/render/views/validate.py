"""``careerpath validate``: one finding per line, as editors and CI read them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from careerpath.render.content import Content, Grid, Inline, inline
from careerpath.render.labels import label
from careerpath.render.views import View

if TYPE_CHECKING:
    from careerpath.validate import Finding, Report

WARNING = " warning: "


def _line(finding: Finding) -> Inline:
    """``path:line:col: warning: message``, the word ``warning:`` picked out; an error in red."""
    said = str(finding)
    start = said.find(WARNING) if finding.severity == "warning" else -1
    if start != -1:
        end = start + len(WARNING) - 1
        return inline(said[: start + 1], (said[start + 1 : end], "alert"), said[end:])
    return inline((said, "error")) if finding.severity == "error" else inline(said)


def content(report: Report, lang: str) -> Content:
    headers = ("", label("file", lang), "line", label("field", lang), label("message", lang))
    rows = tuple(
        (
            inline(finding.severity),
            inline((str(finding.path), "id")),
            inline(str(finding.line or "")),
            inline((finding.field, "id")) if finding.field else inline(),
            inline(finding.message),
        )
        for finding in report.findings
    )
    return [Grid(headers, rows, lines=tuple(_line(finding) for finding in report.findings))]


def document(report: Report) -> dict[str, Any]:
    from careerpath.render.documents import OUTPUT_FORMAT, plain

    return {
        "format": OUTPUT_FORMAT,
        "files": report.files,
        "errors": report.errors,
        "warnings": report.warnings,
        "findings": plain(report.findings),
    }


def records(report: Report) -> Any:
    import msgspec

    from careerpath.render.csvout import REPORT_COLUMNS
    from careerpath.render.csvout import Rows as Records

    return Records((msgspec.to_builtins(finding) for finding in report.findings), REPORT_COLUMNS)


VIEW: View[Report] = View(content, document, records)
