"""`hubtools card preview`: the local Hub's model page for a card not published yet.

A spec is rendered with the card engine, a README.md is taken as it is; either goes
through the same Markdown renderer, sanitizer and page template as `hubtools hub serve`,
so what the preview shows is what the page will show. `--png` asks a headless Chromium
(from the OS packages) for a screenshot. Relative image URLs point at files next to the
card, so avatars shipped with it show up.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from hubtools.errors import UserError

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
SCREENSHOT_TIMEOUT_S = 120


def is_readme(text: str, source: str) -> bool:
    """A README (Markdown) rather than a card spec (YAML): by extension, else by content."""
    suffix = Path(source).suffix.lower()
    if suffix in (".md", ".markdown"):
        return True
    if suffix in (".yaml", ".yml", ".json"):
        return False
    from hubtools.localhub.metadata import _FRONT_MATTER

    match = _FRONT_MATTER.match(text)
    return match is None or bool(text[match.end() :].strip())


def card_text(text: str, source: str, template: str | None = None) -> tuple[str, str | None]:
    """(README text, repo id if the spec names one) for a spec or a README."""
    if is_readme(text, source):
        return text, None
    from hubtools.cards.entry import render_input
    from hubtools.cards.render import render_card

    draft = render_input(text, source)  # a catalogue entry too: counts it lacks show as '?'
    return render_card(draft.spec, template, placeholder=draft.placeholder), draft.spec.repo_id


def preview_html(text: str, *, repo_id: str, base: str | None = None) -> str:
    """The model page of a README, as a standalone HTML file (inline CSS, a CSP meta tag)."""
    from hubtools.localhub.pages.markdown import render_card
    from hubtools.localhub.pages.views import CSP_PREVIEW, card_header, render_page

    card = render_card(text, base)
    ns, _, name = repo_id.partition("/")
    meta_csp = CSP_PREVIEW.replace("; frame-ancestors 'none'", "")  # not allowed in <meta>
    return render_page(
        "model.html.j2",
        csp_meta=meta_csp,
        repo_id=repo_id,
        repo_ns=ns if name else "preview",
        repo_name=name or ns,
        private=False,
        preview=True,
        header=card_header(card.meta),
        card=card,
        has_readme=True,
        rev="main",
        rev_url="main",
        viewer=None,
        commit=None,
        files=None,
        file_count=0,
        readme_url="README.md",
        tab="card",
    )


def find_chromium() -> str | None:
    """`HUBTOOLS_CHROMIUM`, else the first Chromium on PATH, else None."""
    named = os.environ.get("HUBTOOLS_CHROMIUM")
    if named:
        return shutil.which(named) or (named if Path(named).is_file() else None)
    return next(filter(None, map(shutil.which, CHROMIUM_NAMES)), None)


def chromium_args(chromium: str, profile: Path) -> list[str]:
    """A headless Chromium with no profile, sync or first-run noise (no sandbox as root)."""
    args = [chromium, "--headless", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
            "--disable-extensions", "--disable-dev-shm-usage", "--mute-audio",
            f"--user-data-dir={profile}"]  # fmt: skip
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        args.append("--no-sandbox")  # Chromium refuses to start as root with its sandbox
    return args


def screenshot(html: str, png: Path, *, width: int = 1280, height: int = 1800) -> None:
    """Write a PNG of `html` as Chromium draws it; `png` is replaced only when it worked."""
    chromium = find_chromium()
    if chromium is None:
        raise UserError(
            "--png needs a headless Chromium and none is installed; install it "
            "(apt-get install chromium) or set HUBTOOLS_CHROMIUM to its path"
        )
    png = Path(png)
    png.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".preview-", dir=png.parent) as tmp:
        page, shot = Path(tmp) / "page.html", Path(tmp) / "shot.png"
        page.write_text(html, encoding="utf-8")
        cmd = [*chromium_args(chromium, Path(tmp) / "profile"),
               f"--window-size={width},{height}", f"--screenshot={shot}", page.as_uri()]  # fmt: skip
        try:
            subprocess.run(cmd, capture_output=True, timeout=SCREENSHOT_TIMEOUT_S, check=False)
        except subprocess.TimeoutExpired:
            raise UserError(
                f"{chromium} took over {SCREENSHOT_TIMEOUT_S} s for the screenshot; nothing written"
            ) from None
        if not shot.is_file() or shot.read_bytes()[:8] != PNG_MAGIC:
            raise UserError(f"{chromium} wrote no screenshot; run it by hand to see why")
        os.replace(shot, png)
