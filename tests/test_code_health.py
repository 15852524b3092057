"""Code health checks that ruff and mypy do not make: function length, comments that cite issues.

A function is read in a sitting when it fits in 80 lines, from `def` to its last line. A typer
command whose every parameter is an option or argument may be longer by its signature alone:
its body (from the line after the signature, docstring included) still fits in 80 lines.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "hubtools"
MAX_BODY_LINES = 80

# Functions allowed over the limit, each until it is split: "path:name" -> why. A function
# listed here that is back under the limit fails the test, so the list only shrinks.
LONG_FUNCTIONS: dict[str, str] = {}


@dataclass(frozen=True)
class Function:
    where: str  # path relative to the repo, and the qualified name
    signature_lines: int
    body_lines: int
    declarative_cli: bool


def _is_cli_parameter(arg: ast.arg, default: ast.expr | None) -> bool:
    """A typer option or argument: `Annotated[T, typer.Option(...)]` or `= typer.Option(...)`."""
    for node in (arg.annotation, default):
        for call in ast.walk(node) if node is not None else ():
            if isinstance(call, ast.Call):
                name = call.func.attr if isinstance(call.func, ast.Attribute) else None
                name = name or (call.func.id if isinstance(call.func, ast.Name) else None)
                if name in ("Option", "Argument"):
                    return True
    return False


def _declarative_cli(node: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """Every parameter is a typer option or argument (the signature is the CLI's declaration)."""
    args = [*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs]
    defaults: list[ast.expr | None] = [None] * (
        len(node.args.posonlyargs) + len(node.args.args) - len(node.args.defaults)
    )
    defaults += [*node.args.defaults, *node.args.kw_defaults]
    pairs = [(a, d) for a, d in zip(args, defaults, strict=True) if a.arg not in ("self", "ctx")]
    return bool(pairs) and all(_is_cli_parameter(a, d) for a, d in pairs)


def functions(root: Path = PACKAGE) -> list[Function]:
    found = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        stack: list[tuple[ast.AST, str]] = [(tree, "")]
        while stack:
            parent, prefix = stack.pop()
            for node in ast.iter_child_nodes(parent):
                name = f"{prefix}{getattr(node, 'name', '')}"
                if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                    end = node.end_lineno or node.lineno
                    found.append(
                        Function(
                            where=f"{path.relative_to(root.parent)}:{name}",
                            signature_lines=node.body[0].lineno - node.lineno,
                            body_lines=end - node.body[0].lineno + 1,
                            declarative_cli=_declarative_cli(node),
                        )
                    )
                    stack.append((node, f"{name}."))
                elif isinstance(node, ast.ClassDef):
                    stack.append((node, f"{name}."))
                else:
                    stack.append((node, prefix))
    return found


def _too_long(function: Function) -> bool:
    if function.body_lines > MAX_BODY_LINES:
        return True
    # Past 80 lines in all only when the signature is a typer command's declarations.
    whole = function.signature_lines + function.body_lines
    return whole > MAX_BODY_LINES and not function.declarative_cli


def test_no_function_is_over_80_lines():
    long = {f.where: f for f in functions() if _too_long(f)}
    unexpected = sorted(set(long) - set(LONG_FUNCTIONS))
    assert not unexpected, "over 80 lines, split them:\n" + "\n".join(
        f"  {w} ({long[w].signature_lines} + {long[w].body_lines} lines)" for w in unexpected
    )
    fixed = sorted(set(LONG_FUNCTIONS) - set(long))
    assert not fixed, f"back under 80 lines, remove them from LONG_FUNCTIONS: {fixed}"


def _lines(template: str, indent: int, count: int = MAX_BODY_LINES) -> str:
    return "".join(" " * indent + template.format(i=i) + "\n" for i in range(count))


def test_the_length_check_can_fail(tmp_path):
    """The walker sees long, nested and CLI functions as intended (no silent pass)."""
    package = tmp_path / "hubtools"
    package.mkdir()
    source = [
        "def fits():\n" + _lines("x{i} = {i}", 4, MAX_BODY_LINES - 1),
        'def long():\n    """Doc."""\n' + _lines("x{i} = {i}", 4),
        "class C:\n    def method(self):\n        def inner():\n"
        + _lines("x{i} = {i}", 12, MAX_BODY_LINES - 1)
        + "        return inner\n",
        "def command(\n"
        + _lines("o{i}: Annotated[int, typer.Option(help='{i}')] = 0,", 4)
        + ") -> None:\n    pass\n",
        "def wide(\n" + _lines("a{i}: int,", 4) + ") -> None:\n    pass\n",
    ]
    (package / "m.py").write_text("\n".join(source))
    verdicts = {f.where.split(":")[1]: _too_long(f) for f in functions(package)}
    assert verdicts == {
        "fits": False,  # 80 lines with its signature
        "long": True,  # 82
        "C.method": True,
        "C.method.inner": False,  # 80, nested
        "command": False,  # long by its option declarations only
        "wide": True,  # a long signature, but not a CLI's
    }


_ISSUE_REFERENCE = re.compile(r"\bissues?\s*#?\d+|\(#\d+\)", re.IGNORECASE)


@pytest.mark.parametrize(
    "text, cites",
    [
        ('"""Fine-tune a model (issue 5)."""', True),
        ("# see issue #12", True),
        ("# fixed in (#40)", True),
        ("# one issue at a time; 5 retries", False),
    ],
)
def test_issue_reference_pattern(text, cites):
    assert bool(_ISSUE_REFERENCE.search(text)) is cites


def test_comments_speak_of_the_code_not_of_issues():
    """A reader of the code cannot follow "issue 5": say what the code does instead."""
    hits = [
        f"{path.relative_to(PACKAGE.parent)}:{n}: {line.strip()}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _ISSUE_REFERENCE.search(line)
    ]
    assert not hits, "\n".join(hits)
