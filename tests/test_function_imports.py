"""Imports of project modules inside function bodies are few and each says why (docs/architecture.md): a module
is imported at the top unless it is an optional dependency or costs start-up time, and then the comment on the
line above the import (or at its end) gives the reason. Run as a script to list them:

    .venv/bin/python -m tests.test_function_imports
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROJECT = ("backend", "admin_api", "bots", "fakes", "integrations", "open_api")
CEILING = 18  # all in the CLI (backend.manage: a subcommand loads what it needs, so `manage migrate` stays light)


@dataclass(frozen=True)
class Inner:
    path: str
    line: int
    module: str
    reason: str


def _module(node: ast.Import | ast.ImportFrom) -> str | None:
    if isinstance(node, ast.ImportFrom):
        if node.level:
            return "." * node.level + (node.module or "")
        names = [node.module or ""]
    else:
        names = [alias.name for alias in node.names]
    project = [n for n in names if n.split(".")[0] in PROJECT]
    return project[0] if project else None


def _reason(lines: list[str], node: ast.stmt) -> str:
    same = lines[node.lineno - 1].partition("#")[2].strip()
    if same:
        return same
    above: list[str] = []
    i = node.lineno - 2
    while i >= 0 and lines[i].strip().startswith(("from ", "import ")) and not above:  # one comment, a block
        i -= 1
    while i >= 0 and lines[i].strip().startswith("#"):
        above.insert(0, lines[i].strip().lstrip("#").strip())
        i -= 1
    return " ".join(above)


def inner_imports() -> list[Inner]:
    out: list[Inner] = []
    for package in PROJECT:
        for path in sorted((ROOT / package).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            if "/tests/" in f"/{rel}":
                continue
            text = path.read_text(encoding="utf-8")
            lines = text.splitlines()
            for fn in ast.walk(ast.parse(text)):
                if not isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
                    continue
                for node in ast.walk(fn):
                    if isinstance(node, ast.Import | ast.ImportFrom) and (module := _module(node)):
                        out.append(Inner(rel, node.lineno, module, _reason(lines, node)))
    return sorted(set(out), key=lambda i: (i.path, i.line))


def test_imports_inside_functions_are_few_and_give_their_reason() -> None:
    found = inner_imports()
    silent = [f"{i.path}:{i.line} {i.module}" for i in found if not i.reason]
    assert not silent, f"say why these are not at the top of their module: {silent}"
    assert len(found) <= CEILING, [f"{i.path}:{i.line} {i.module}" for i in found]


if __name__ == "__main__":
    rows = inner_imports()
    for i in rows:
        print(f"{i.path}:{i.line}  {i.module}  # {i.reason}")
    print(f"{len(rows)} imports of project modules inside functions")
