"""The shape of the package, held by tests: no import cycle between its modules."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).parents[1] / "careerpath"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(tree: ast.Module, module: str, is_package: bool) -> set[str]:
    """The careerpath modules a module imports, wherever it does (inside a
    function too: imported late is still imported), but not those under
    ``if TYPE_CHECKING:``, which are never loaded."""
    found: set[str] = set()
    base = module if is_package else module.rpartition(".")[0]

    def visit(nodes: list[ast.stmt]) -> None:
        for node in nodes:
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    parent = base.rsplit(".", node.level - 1)[0] if node.level > 1 else base
                    target = f"{parent}.{node.module}" if node.module else parent
                else:
                    target = node.module or ""
                found.add(target)
                found.update(f"{target}.{alias.name}" for alias in node.names)
            elif isinstance(node, ast.If) and _is_type_checking(node.test):
                visit(node.orelse)
            else:
                visit(
                    [child for child in ast.iter_child_nodes(node) if isinstance(child, ast.stmt)]
                )

    visit(tree.body)
    return {name for name in found if name.startswith("careerpath")}


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _graph() -> dict[str, set[str]]:
    files = {_module_name(path): path for path in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = _imports(tree, name, path.name == "__init__.py")
        graph[name] = {target for target in imported if target in files and target != name}
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                connect(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            connect(node)
    return groups


def test_the_package_has_no_import_cycle() -> None:
    graph = _graph()
    assert "careerpath.yamlfile" in graph["careerpath.loader"]
    assert _cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_yaml_reading_is_a_leaf_of_the_loader_and_the_problem_finder() -> None:
    graph = _graph()
    for module in ("careerpath.loader", "careerpath.problems"):
        assert "careerpath.yamlfile" in graph[module]
    assert not {"careerpath.loader", "careerpath.problems"} & graph["careerpath.yamlfile"]


def test_every_kind_of_data_file_is_registered_once() -> None:
    """Folders, names and record types come from careerpath.kinds; the schema command
    offers exactly its kinds, and the catalogue reads exactly their folders."""
    from careerpath.catalog import Catalog, bundled_data_dir
    from careerpath.cli import SchemaKind
    from careerpath.kinds import BY_FOLDER, KINDS, LADDER, QUESTIONS, ROLE, of_content
    from careerpath.model import Ladder, QuestionBank, Role

    assert [kind.value for kind in SchemaKind] == [kind.name for kind in KINDS]
    assert {kind.folder for kind in KINDS} == set(BY_FOLDER) == {"roles", "ladders", "questions"}
    assert (ROLE.record, LADDER.record, QUESTIONS.record) == (Role, Ladder, QuestionBank)
    folders = {path.name for path in bundled_data_dir().iterdir() if path.is_dir()}
    assert set(BY_FOLDER) <= folders
    catalog = Catalog([bundled_data_dir()])
    assert catalog.role_ids() == sorted(p.stem for p in (bundled_data_dir() / "roles").glob("*"))
    assert of_content({"steps": []}) is LADDER and of_content({"id": "x"}) is ROLE
    assert of_content({"topics": []}) is QUESTIONS
    assert [bank.id for bank in catalog.question_banks()] == ["careerpath"]
    assert ROLE.template and LADDER.template and QUESTIONS.template is None  # new: no banks
    assert "format: 1" in ROLE.template("x") and "steps:" in LADDER.template("x")


def test_every_view_offers_the_formats_the_readme_says() -> None:
    """Every view: table, JSON, YAML and Markdown; CSV too, but for the one-page
    profile and the folder list (README: 'show --format csv' is a usage error)."""
    from careerpath.render import views
    from careerpath.render.formats import OutputFormat, offered

    readme = (PACKAGE.parent / "README.md").read_text(encoding="utf-8")
    assert "(`show --format csv`) is a usage error" in readme
    modules = {path.stem for path in (PACKAGE / "render" / "views").glob("*.py")}
    assert set(views.VIEWS.values()) <= modules
    for name in sorted(views.VIEWS):
        expected = set(OutputFormat) - ({OutputFormat.CSV} if name in ("show", "paths") else set())
        assert set(offered(name)) == expected, name


def test_view_modules_import_neither_rich_nor_markdown() -> None:
    """A view's JSON never loads rich: its module, and what it imports at load, do not."""
    for path in (PACKAGE / "render" / "views").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        top = {
            alias.name if isinstance(node, ast.Import) else node.module or ""
            for node in tree.body
            if isinstance(node, ast.Import | ast.ImportFrom)
            for alias in node.names
        }
        assert not [name for name in top if name.startswith("rich")], path.name
        assert "careerpath.render.write_rich" not in top
