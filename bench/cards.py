"""Card engine speed: renders/s and parses/s against huggingface_hub, and CLI cold start.

Run: .venv/bin/python bench/cards.py [--seconds 2]

* render: the catalogue specs (cards/*.yaml) with their huggingtweets templates, and a
  two-user spec with the default template, against `ModelCard.from_template` rendering
  the same huggingtweets content from an equivalent plain-Jinja template string;
* parse: the published example cards (double-encoded), against `ModelCard(text)`, which
  only splits and loads the front matter;
* cold start: `python -m hubtools card render SPEC -o OUT` in a fresh process.

Everything runs in this one process on one core (pinned where the OS allows).
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


def rate(fn: Callable[[], object], seconds: float) -> float:
    """Calls per second: best of five rounds of about `seconds`/5 each."""
    fn()
    n, start = 0, time.perf_counter()
    while time.perf_counter() - start < 0.05:
        fn()
        n += 1
    per_round = max(1, int(n / (time.perf_counter() - start) * seconds / 5))
    best = 0.0
    for _ in range(5):
        start = time.perf_counter()
        for _ in range(per_round):
            fn()
        best = max(best, per_round / (time.perf_counter() - start))
    return best


def hf_template() -> str:
    """Our huggingtweets template as plain Jinja for ModelCard.from_template: the avatar
    partial inlined, our escaping filters dropped, the front matter from `card_data`."""
    main = (TEMPLATES / "huggingtweets" / "README.md.j2").read_text(encoding="utf-8")
    partial = (TEMPLATES / "huggingtweets" / "avatars.html.j2").read_text(encoding="utf-8")
    partial = re.sub(r"\{#-.*?-#\}\n", "", partial, flags=re.S)
    main = re.sub(r"\{#-.*?-#\}\n", "", main, flags=re.S)
    main = main.replace('{% include "huggingtweets/avatars.html.j2" %}\n', partial)
    main = re.sub(r"\{\{ front_matter\(.*?\) \}\}\n", "---\n{{ card_data }}\n---\n\n", main)
    main = re.sub(r"\s*\|\s*(md_text|md_cell|md_url|html_text|css_url)\b", "", main)
    main = main.replace("{{ prompt | py_str }}", '"{{ prompt }}"')
    # from_template builds jinja2.Template(source) with default whitespace rules; apply
    # lstrip_blocks, trim_blocks and keep_trailing_newline to the source instead.
    main = re.sub(r"^[ \t]+(?=\{%)", "", main, flags=re.M)
    main = re.sub(r"(\{%.*?%\})\n", r"\1", main)
    return main + "\n"


def hf_renderer(spec: CardSpec) -> Callable[[], str]:
    from huggingface_hub import ModelCard, ModelCardData

    template = hf_template()
    context = card_context(spec)
    data = ModelCardData(
        language=spec.language,
        thumbnail=spec.thumbnail,
        tags=spec.tags,
        widget=[{"text": p} for p in spec.widget],
    )
    kwargs = {k: v for k, v in context.items() if k not in data.to_dict()}

    def render() -> str:
        return str(ModelCard.from_template(data, template_str=template, **kwargs))

    return render


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=2.0, help="time per measurement")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    specs = [CardSpec.from_yaml(ROOT / "cards" / f"{name}.yaml") for name in EXAMPLE_SPECS]
    two_users = CardSpec.from_yaml(ROOT / "tests" / "fixtures" / "cards" / "two-users.yaml")
    cards = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.md"))]
    autosport = next(s for s in specs if s.repo_id.endswith("speedcafe"))

    hf_render = hf_renderer(autosport)
    ours, theirs = render_card(autosport), hf_render()
    same_body = ours.split("\n---\n", 1)[1] == theirs.split("\n---\n", 1)[1]
    assert same_body, "the from_template twin must render the same card body"

    def render_catalogue() -> None:
        for spec in specs:
            render_card(spec)

    def parse_examples() -> None:
        for card in cards:
            parse_card(card)

    from huggingface_hub import ModelCard

    def hf_parse_examples() -> None:
        for card in cards:
            ModelCard(card)

    r_ours = rate(render_catalogue, args.seconds) * len(specs)
    r_ours_one = rate(lambda: render_card(autosport), args.seconds)
    r_default = rate(lambda: render_card(two_users, "default"), args.seconds)
    r_hf = rate(hf_render, args.seconds)
    p_ours = rate(parse_examples, args.seconds) * len(cards)
    p_hf = rate(hf_parse_examples, args.seconds) * len(cards)
    best, median = cold_start(ROOT / "cards" / "tdxf20.yaml")

    print(
        f"python {sys.version.split()[0]}, one core, best of 5 rounds of {args.seconds / 5:.1f} s"
    )
    print(f"render  hubtools huggingtweets (4 catalogue specs): {r_ours:10,.0f} cards/s")
    print(f"render  hubtools huggingtweets (3-user autosport):  {r_ours_one:10,.0f} cards/s")
    print(f"render  hubtools default template (2 users, full):  {r_default:10,.0f} cards/s")
    print(f"render  ModelCard.from_template (same autosport):   {r_hf:10,.0f} cards/s")
    print(f"        ratio hubtools / from_template:             {r_ours_one / r_hf:10.1f}x")
    print(f"        bodies identical: {same_body} (front matter: ours quotes the widget)")
    print(f"parse   hubtools parse_card (4 published cards):    {p_ours:10,.0f} cards/s")
    print(f"parse   ModelCard(text) (front matter only):        {p_hf:10,.0f} cards/s")
    print(f"        ratio hubtools / ModelCard:                 {p_ours / p_hf:10.2f}x")
    print(f"cold start `hubtools card render`: best {best:.3f} s, median {median:.3f} s (7 runs)")


if __name__ == "__main__":
    main()
