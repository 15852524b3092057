"""Render a card spec into README.md text: a pure function of (spec, template)."""

from __future__ import annotations

from pathlib import Path

import jinja2

from hubtools.cards.sections import insert_sections
from hubtools.cards.spec import CardSpec, check_spec
from hubtools.cards.templates import TemplateFailure, get_template, template_error
from hubtools.cards.view import card_context
from hubtools.errors import UserError

__all__ = ["render_card"]


def render_card(
    spec: CardSpec, template: str | Path | None = None, *, placeholder: str | None = None
) -> str:
    """The card for `spec` with `template` (a built-in name or a directory; default: spec.template).

    Raises UserError, naming the field or the template line, when the spec is invalid
    or the template cannot render it. Extra sections are put back where they were.
    `placeholder`: render a draft whose users lack counts, showing this in their place.
    """
    check_spec(spec, require_stats=placeholder is None)
    compiled, builtin = get_template(template if template is not None else spec.template)
    try:
        body = compiled.render(card_context(spec, placeholder))
    except (jinja2.TemplateError, TemplateFailure) as err:
        raise template_error(err) from None
    except UserError:
        raise
    except Exception as err:
        if builtin:
            raise
        raise template_error(err) from None  # a user template's own bug, not ours
    return insert_sections(body, spec.extra_sections)
