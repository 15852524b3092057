"""Find card templates and compile them once, in a strict (and, for user templates, sandboxed) Jinja.

Built-in templates live in the repo's top-level `templates/`; a wheel installs them
as `hubtools/_templates`. A template is a directory holding `README.md.j2`; partials
named `*.html.j2` are autoescaped, Markdown is escaped with explicit filters.
"""

from __future__ import annotations

import functools
import re
import traceback
from pathlib import Path
from typing import Any

import jinja2
import jinja2.sandbox
from markupsafe import Markup

import hubtools
from hubtools.cards import escape
from hubtools.cards.yamlfm import dump_front_matter, merge_front_matter
from hubtools.errors import UserError

__all__ = ["BUILTIN_TEMPLATES", "ENTRY", "builtin_root", "get_template", "template_error"]

BUILTIN_TEMPLATES = ("huggingtweets", "huggingtweets-legacy", "default")
ENTRY = "README.md.j2"


class TemplateFailure(Exception):
    """Raised by `fail(...)` inside a template: the spec does not fit this template."""


@functools.cache
def builtin_root() -> Path:
    """Installed `_templates` first, then the source tree's `templates/` (editable install)."""
    package = Path(hubtools.__file__).resolve().parent
    for candidate in (package / "_templates", package.parent / "templates"):
        if candidate.is_dir():
            return candidate
    raise UserError("hubtools is installed without its card templates; reinstall hubtools")


def _fail(message: str) -> None:
    raise TemplateFailure(message)


@jinja2.pass_context
def _front_matter(ctx: jinja2.runtime.Context, owned: dict[str, Any]) -> Markup:
    extra = ctx.get("extra_front_matter") or {}
    order = ctx.get("front_matter_order") or ()
    return Markup(dump_front_matter(merge_front_matter(owned, extra, order)))


@jinja2.pass_context
def _model_index(ctx: jinja2.runtime.Context) -> list[dict[str, Any]] | None:
    from hubtools.cards.modelindex import model_index

    return model_index(ctx["eval_results"], ctx["repo_name"], ctx["datasets"], ctx["handle"])


def _configure(env: jinja2.Environment) -> jinja2.Environment:
    env.filters.update(
        html_text=escape.html_text,
        css_url=escape.css_url,
        md_text=escape.md_text,
        md_cell=escape.md_cell,
        md_url=escape.md_url,
        py_str=escape.py_str,
        py_quoted=escape.py_quoted,
        url_path=escape.url_path,
        fence=escape.fence,
        counter_label=lambda key: str(key).replace("_", " ").capitalize(),
        table_value=escape.table_value,
    )
    env.globals.update(front_matter=_front_matter, model_index=_model_index, fail=_fail)
    return env


_OPTIONS: dict[str, Any] = dict(
    undefined=jinja2.StrictUndefined,
    autoescape=jinja2.select_autoescape(
        enabled_extensions=("html", "htm", "xml", "html.j2"),
        default_for_string=False,
        default=False,
    ),
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)


@functools.cache
def _builtin_env() -> jinja2.Environment:
    loader = jinja2.FileSystemLoader(str(builtin_root()), encoding="utf-8")
    return _configure(jinja2.Environment(loader=loader, auto_reload=False, **_OPTIONS))


@functools.lru_cache(maxsize=32)
def _user_env(directory: str) -> jinja2.Environment:
    """User templates run sandboxed; they may include the built-in partials by path."""
    loader = jinja2.ChoiceLoader(
        [
            jinja2.FileSystemLoader(directory, encoding="utf-8"),
            jinja2.FileSystemLoader(str(builtin_root()), encoding="utf-8"),
        ]
    )
    env = jinja2.sandbox.SandboxedEnvironment(loader=loader, auto_reload=True, **_OPTIONS)
    return _configure(env)


_CACHE: dict[str, tuple[jinja2.Template, bool]] = {}


def get_template(template: str | Path) -> tuple[jinja2.Template, bool]:
    """The compiled template for a built-in name or a directory, and whether it is built in."""
    key = str(template)
    hit = _CACHE.get(key)
    if hit is not None:
        return hit
    path = Path(template)
    if key in BUILTIN_TEMPLATES:  # a local directory of that name needs a path: ./default
        env, entry, builtin = _builtin_env(), f"{key}/{ENTRY}", True
    elif path.is_dir():
        if not (path / ENTRY).is_file():
            raise UserError(f"{path}: template directory has no {ENTRY}; add one")
        env, entry, builtin = _user_env(str(path.resolve())), ENTRY, False
    else:
        raise UserError(
            f"unknown template {key!r}; use {', '.join(BUILTIN_TEMPLATES)} "
            f"or a directory containing {ENTRY}"
        )
    try:
        compiled = env.get_template(entry)
    except jinja2.TemplateSyntaxError as err:
        raise template_error(err) from None
    except jinja2.TemplateNotFound as err:
        raise UserError(f"{key}: template file {err.name!r} not found; check the path") from None
    except UnicodeDecodeError:
        raise UserError(f"{key}: template is not UTF-8 text; save it as UTF-8") from None
    if builtin:
        _CACHE[key] = (compiled, builtin)
    return compiled, builtin


def _short(filename: str | None) -> str:
    if not filename:
        return "template"
    try:
        return str(Path(filename).resolve().relative_to(builtin_root()))
    except ValueError:
        return filename


def _template_frame(err: BaseException) -> tuple[str, int, str] | None:
    """(file, line, source line) of the innermost template frame in `err`'s traceback."""
    found = None
    for frame in traceback.extract_tb(err.__traceback__):
        if frame.filename.endswith(".j2"):
            found = (frame.filename, frame.lineno or 0, (frame.line or "").strip())
    return found


def _undefined_name(message: str, line: str) -> str | None:
    """`tracking.report_url` from Jinja's "'... object' has no attribute 'report_url'"."""
    m = re.search(r"has no attribute '(\w+)'", message)
    if m:
        expr = re.search(rf"([A-Za-z_][\w.]*)\.{m.group(1)}\b", line)
        return expr.group(0) if expr else m.group(1)
    m = re.fullmatch(r"'(\w+)' is undefined", message)
    return m.group(1) if m else None


def template_error(err: BaseException) -> UserError:
    """One line naming the template file and line for a syntax, undefined or sandbox error."""
    if isinstance(err, jinja2.TemplateSyntaxError):
        where = f"{_short(err.filename or err.name)}:{err.lineno}"
        return UserError(f"{where}: template syntax error: {err.message}; fix the template")
    frame = _template_frame(err)
    where = f"{_short(frame[0])}:{frame[1]}" if frame else "template"
    snippet = f" (in `{frame[2][:80]}`)" if frame and frame[2] else ""
    if isinstance(err, jinja2.UndefinedError):
        name = _undefined_name(err.message or "", frame[2] if frame else "")
        if name:
            return UserError(
                f"{where}: the template uses {name}, which the spec does not set; "
                "set it in the spec or choose another template"
            )
        return UserError(
            f"{where}: {err.message}{snippet}; the spec lacks a value this template uses, "
            "so set it in the spec or choose another template"
        )
    if isinstance(err, jinja2.exceptions.SecurityError):
        return UserError(f"{where}: template tried an unsafe operation: {err}; remove it")
    if isinstance(err, TemplateFailure):
        return UserError(f"{where}: {err}")
    return UserError(f"{where}: template error: {type(err).__name__}: {err}{snippet}")
