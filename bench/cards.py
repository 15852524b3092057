"""Card engine speed: renders/s and parses/s against huggingface_hub, and CLI cold start.

Run: .venv/bin/python bench/cards.py [--seconds 2]

* render: the 3-user huggingtweets catalogue card, against the strongest way to do it with
  huggingface_hub: the same template source compiled once by plain Jinja (same filters),
  the front matter from `ModelCardData`, wrapped in a `ModelCard`;
* parse: the published example cards (double-encoded), against `ModelCard(text)`, which
  only splits and loads the front matter;
* cold start: `python -m hubtools card render SPEC -o OUT` in a fresh process.

Each side runs warm in its own process, rounds alternated (see fair.py); wall and CPU
time are reported apart, with the spread of the per-round ratios.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fair import compare  # noqa: E402

from hubtools.cards.parse import parse_card  # noqa: E402
from hubtools.cards.render import render_card  # noqa: E402
from hubtools.cards.spec import CardSpec  # noqa: E402
from hubtools.cards.view import card_context  # noqa: E402

EXAMPLES = ROOT / "tests" / "fixtures" / "cards" / "examples"
# The catalogue specs of the four published example cards.
EXAMPLE_SPECS = (
    "autosport-formulaoneworld-speedcafe",
    "barackobama-karlousm-uofofn",
    "tdxf20",
    "spookymachine",
)
TEMPLATES = ROOT / "templates"


def hf_template() -> str:
    """Our huggingtweets template as one plain Jinja source: the avatar partial inlined and
    the front matter from `ModelCardData.to_yaml()`, the way a huggingface_hub user writes
    `{{ card_data }}`. The escaping filters stay: both sides pay for escaping."""
    main = (TEMPLATES / "huggingtweets" / "README.md.j2").read_text(encoding="utf-8")
    partial = (TEMPLATES / "huggingtweets" / "avatars.html.j2").read_text(encoding="utf-8")
    partial = re.sub(r"\{#-.*?-#\}\n", "", partial, flags=re.S)  # comments that strip
    main = main.replace('{% include "huggingtweets/avatars.html.j2" %}\n', partial)
    return re.sub(
        r"\{\{ front_matter\(.*?\) \}\}\n", "---\n{{ card_data }}\n---\n\n", main, flags=re.S
    )


def hf_renderer(spec: CardSpec) -> Callable[[], str]:
    """The strongest way a huggingface_hub user renders this card: the template compiled
    once with the same filters and whitespace rules (`ModelCard.from_template` recompiles on
    every call), the front matter from `ModelCardData`, the result wrapped in a `ModelCard`."""
    import jinja2
    from huggingface_hub import ModelCard, ModelCardData

    from hubtools.cards.templates import _builtin_env

    env = jinja2.Environment(trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters.update(_builtin_env().filters)
    compiled = env.from_string(hf_template())
    context = card_context(spec)
    data = ModelCardData(
        language=spec.language,
        thumbnail=spec.thumbnail,
        tags=spec.tags,
        widget=[{"text": p} for p in spec.widget],
    )
    kwargs = {k: v for k, v in context.items() if k not in data.to_dict()}
    return lambda: str(ModelCard(compiled.render(card_data=data.to_yaml(), **kwargs)))


def cold_start(spec: Path, runs: int = 7) -> tuple[float, float]:
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "hubtools",
                    "card",
                    "render",
                    str(spec),
                    "-o",
                    f"{tmp}/R.md",
                ],
                check=True,
                cwd=ROOT,
            )
            times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def _specs() -> list[CardSpec]:
    return [CardSpec.from_yaml(ROOT / "cards" / f"{name}.yaml") for name in EXAMPLE_SPECS]


def _autosport() -> CardSpec:
    return next(s for s in _specs() if s.repo_id.endswith("speedcafe"))


def ours_render():
    spec = _autosport()
    return lambda: render_card(spec)


def hf_render_precompiled():
    return hf_renderer(_autosport())


def _cards() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.md"))]


def ours_parse():
    cards = _cards()
    return lambda: [parse_card(c) for c in cards]


def hf_parse():
    from huggingface_hub import ModelCard

    cards = _cards()
    return lambda: [ModelCard(c) for c in cards]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9, help="alternated rounds per comparison")
    parser.add_argument("--round-seconds", type=float, default=0.3, help="time per round")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # workers inherit one core

    spec = _autosport()
    ours, theirs = render_card(spec), hf_renderer(spec)()
    same_body = ours.split("\n---\n", 1)[1] == theirs.split("\n---\n", 1)[1]
    assert same_body, "the huggingface_hub twin must render the same card body"

    opts = {"rounds": args.rounds, "round_s": args.round_seconds}
    print(f"python {sys.version.split()[0]}; each side warm in its own process, one core, "
          f"{args.rounds} alternated rounds of ~{args.round_seconds} s")  # fmt: skip
    print("render the 3-user huggingtweets card (autosport), bodies identical:")
    print(compare(("hubtools render_card", ours_render),
                  ("jinja2 precompiled + ModelCard", hf_render_precompiled), **opts
                  ).report("cards"))  # fmt: skip
    n = len(_cards())
    print(f"parse the {n} published example cards (one call parses all {n}):")
    print(compare(("hubtools parse_card (whole card)", ours_parse),
                  ("ModelCard(text) (front matter only)", hf_parse), **opts
                  ).report("calls"))  # fmt: skip
    best, median = cold_start(ROOT / "cards" / "tdxf20.yaml")
    print(f"cold start `hubtools card render`: best {best:.3f} s, median {median:.3f} s (7 runs)")


if __name__ == "__main__":
    main()
