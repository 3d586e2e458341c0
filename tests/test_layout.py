"""The package's floor plan (README "Layout"): folders named after what they own, imports only downward."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "medqa"
# Floors, lowest first: a module may import its own floor and the floors below, never one above.
FLOORS = [
    {"medqa", "medqa.common", "medqa.config", "medqa.secrets", "medqa.llama3", "medqa.runlock"},
    {"medqa.hardware", "medqa.chat_template", "medqa.rundir"},
    {"medqa.synthetic"},
    {"medqa.hub"},
    {"medqa.backends", "medqa.data"},
    {"medqa.training"},
    {"medqa.evaluation", "medqa.export", "medqa.chat", "medqa.serve", "medqa.serve_requests"},
    {"medqa.bench"},
    {"medqa.notebook"},
    {"medqa.cli", "medqa.__main__"},
]


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _floor(module: str) -> int:
    for i, floor in enumerate(FLOORS):
        if any(module == f or module.startswith(f + ".") for f in floor if f != "medqa") or module == "medqa":
            return i
    raise AssertionError(f"{module} is on no floor: add it to FLOORS")


def _imports(path: Path) -> set[str]:
    """medqa modules imported anywhere in the file, function bodies included."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("medqa"):
            out |= {f"{node.module}.{a.name}" if _is_module(f"{node.module}.{a.name}") else node.module
                    for a in node.names}
        elif isinstance(node, ast.Import):
            out |= {a.name for a in node.names if a.name.startswith("medqa")}
    return out


def _is_module(name: str) -> bool:
    rel = Path(*name.split("."))
    return (PACKAGE.parent / rel).with_suffix(".py").is_file() or (PACKAGE.parent / rel / "__init__.py").is_file()


def _graph() -> dict[str, set[str]]:
    return {_module(p): _imports(p) - {_module(p)} for p in PACKAGE.rglob("*.py")}


def test_nothing_imports_upward():
    upward = [f"{m} -> {i}" for m, imports in _graph().items() for i in imports if _floor(i) > _floor(m)]
    assert not upward, upward


def test_no_import_cycles():
    graph = _graph()
    state: dict[str, int] = {}

    def visit(m: str, path: list[str]) -> None:
        state[m] = 1
        for i in sorted(graph.get(m, ())):
            if i not in graph:
                continue
            assert state.get(i) != 1, " -> ".join([*path, m, i])
            if i not in state:
                visit(i, [*path, m])
        state[m] = 2

    for m in sorted(graph):
        if m not in state:
            visit(m, [])


def test_folders_are_named_after_concerns_and_the_readme_lists_them():
    folders = sorted(p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").is_file())
    assert folders == ["backends", "bench", "cli", "data", "evaluation", "export", "notebook", "synthetic",
                       "training"]
    readme = (PACKAGE.parent / "README.md").read_text(encoding="utf-8")
    for name in folders:
        assert f"{name}/" in readme, name


def test_no_module_over_400_lines_and_no_function_over_60():
    long = []
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if len(text.splitlines()) > 400:
            long.append(f"{path.name}: {len(text.splitlines())} lines")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.end_lineno - node.lineno >= 60:
                long.append(f"{path.name}:{node.name}: {node.end_lineno - node.lineno + 1} lines")
    assert not long, long


def test_no_path_hacks():
    root = PACKAGE.parent
    files = [*root.glob("scripts/*.py"), *root.glob("tools/*.py"), *root.glob("notebooks/*.py"),
             *root.glob("notebooks/*.ipynb"), *PACKAGE.rglob("*.py")]
    assert not [f.name for f in files if "sys.path.insert" in f.read_text(encoding="utf-8")]
