"""The local Hub's model pages in a real headless Chromium: what a person sees.

Cards are published with the real client; Chromium loads the page, runs whatever it
would run, and hands back the DOM (`--dump-dom`) or a PNG (`--screenshot`). Without a
Chromium these tests skip with the reason -- except in CI (`CI` set), where they fail:
CI installs Chromium (.ci/run) and must never skip them silently.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from conftest import ALICE_TOKEN
from fixtures.dom import Node, parse_html
from huggingface_hub import CommitOperationAdd, HfApi
from PIL import Image

from hubtools.cards.render import render_card
from hubtools.cards.spec import CardSpec

ROOT = Path(__file__).resolve().parents[1]
THREE_USERS = ROOT / "cards" / "autosport-formulaoneworld-speedcafe.yaml"
NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
# Solid avatar colours, none of which the page itself uses.
COLOURS = [(221, 17, 68), (17, 153, 85), (34, 85, 238)]
BROWSER_TIMEOUT_S = 120  # a hang guard, not a timing assertion
AVATAR_PX = 92  # the huggingtweets avatar size (CSS px; the screenshot is at scale 1)


@pytest.fixture(scope="module")
def chromium() -> str:
    named = os.environ.get("HUBTOOLS_CHROMIUM")
    candidates = [named] if named else NAMES
    found = next(filter(None, map(shutil.which, candidates)), None)
    if found is None:
        reason = "no headless Chromium on PATH (apt-get install chromium)"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}: CI must run the browser tests (.ci/run installs it)")
        pytest.skip(f"{reason}; in CI this is a failure")
    return found


def _browser(chromium: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    cmd = [chromium, "--headless", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
           "--disable-extensions", "--disable-dev-shm-usage", "--force-device-scale-factor=1",
           f"--user-data-dir={tmp_path / 'chromium-profile'}", *args]  # fmt: skip
    if os.geteuid() == 0:
        cmd.insert(2, "--no-sandbox")  # Chromium refuses to run as root with its sandbox
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=BROWSER_TIMEOUT_S)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc


def dump_dom(chromium: str, tmp_path: Path, url: str) -> Node:
    """The DOM after the page loaded and any script it allowed ran."""
    return parse_html(_browser(chromium, tmp_path, "--dump-dom", url).stdout)


def screenshot(chromium: str, tmp_path: Path, url: str, name: str, size=(1280, 1400)) -> Image:
    png = tmp_path / name
    _browser(chromium, tmp_path, f"--window-size={size[0]},{size[1]}", f"--screenshot={png}", url)
    image = Image.open(png).convert("RGB")
    assert image.size == size
    return image


def _png(colour: tuple[int, int, int]) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (128, 128), colour).save(buf, "PNG")
    return buf.getvalue()


def _blob(image: Image, colour: tuple[int, int, int]) -> tuple[int, tuple[int, int, int, int]]:
    """How many pixels have exactly `colour`, and their bounding box (x0, y0, x1, y1)."""
    mask = np.all(np.asarray(image.convert("RGB")) == colour, axis=-1)
    ys, xs = np.nonzero(mask)
    if not len(xs):
        return 0, (0, 0, 0, 0)
    return int(mask.sum()), (int(xs.min()), int(ys.min()), int(xs.max()), int(ys.max()))


def _publish_three_users(hub, repo: str, names: list[str] | None = None) -> None:
    """The 3-user huggingtweets card, its avatars served from the repo's own files."""
    spec = CardSpec.from_yaml_text(THREE_USERS.read_text(), source=str(THREE_USERS))
    spec.repo_id = repo
    ops = []
    for user, colour in zip(spec.users, COLOURS, strict=True):
        path = f"avatars/{user.handle}.png"
        user.avatar_url = f"{hub.url}/{repo}/resolve/main/{path}"
        ops.append(CommitOperationAdd(path, _png(colour)))
    for user, name in zip(spec.users, names or [], strict=False):
        user.name = name
    ops.append(CommitOperationAdd("README.md", render_card(spec).encode()))
    api = HfApi(endpoint=hub.url, token=ALICE_TOKEN)
    api.create_repo(repo, exist_ok=True)
    api.create_commit(repo, ops, commit_message="Publish the huggingtweets card")


def test_three_user_card_as_a_person_sees_it(chromium, hub, repo_name, tmp_path):
    repo = f"huggingtweets/{repo_name}"
    _publish_three_users(hub, repo)
    url = f"{hub.url}/{repo}"
    dom = dump_dom(chromium, tmp_path, url)
    card = dom.by_id("card")

    avatars = [d for d in card.find_all("div") if "border-radius:50%" in d.attrs.get("style", "")]
    assert len(avatars) == 3
    for div, user in zip(avatars, ("speedcafe", "formulaoneworld", "autosport"), strict=True):
        style = div.attrs["style"]
        assert "display:inherit" in style and "width:92px" in style and "height:92px" in style
        assert f"/{repo}/resolve/main/avatars/{user}.png" in style
    text = " ".join(card.text().split())
    assert "🤖 AI CYBORG 🤖" in text
    assert "Speedcafe.com & Formula One World & Autosport" in text
    table = card.find_all("table")[0]
    header = [th.text() for th in table.find_all("th")]
    assert header == ["Data", "Speedcafe.com", "Formula One World", "Autosport"]
    rows = [[td.text() for td in tr.find_all("td")] for tr in table.find_all("tr")[1:]]
    assert rows[0] == ["Tweets downloaded", "3250", "3247", "3250"]
    assert rows[-1] == ["Tweets kept", "3247", "291", "3183"]
    prompts = [s.text() for s in dom.by_id("widget").find_all("span", **{"class": "prompt"})]
    assert prompts == ["My dream is"]

    # The pixels: three avatars loaded from the repo, each drawn as a circle.
    image = screenshot(chromium, tmp_path, url, "model-page.png")
    for colour in COLOURS:
        count, (x0, y0, x1, y1) = _blob(image, colour)
        width, height = x1 - x0 + 1, y1 - y0 + 1
        assert abs(width - AVATAR_PX) <= 2 and abs(height - AVATAR_PX) <= 2, (colour, width, height)
        fill = count / (width * height)  # a disc fills pi/4 = 0.785 of its box, a square 1
        assert 0.70 < fill < 0.83, (colour, fill)
        assert image.getpixel((x0, y0)) != colour  # the box's corner is outside the disc


def test_hostile_display_names_run_nothing(chromium, hub, repo_name, tmp_path):
    repo = f"huggingtweets/{repo_name}"
    names = ["<img src=x onerror=\"document.title='pwned'\">",
             "<script>document.title='pwned'</script>", "Autosport"]  # fmt: skip
    _publish_three_users(hub, repo, names)
    dom = dump_dom(chromium, tmp_path, f"{hub.url}/{repo}")
    assert dom.find_all("title")[0].text() == f"{repo} · Local Hub"
    assert not dom.find_all("script")
    for el in dom.iter():
        assert not any(a.startswith("on") for a in el.attrs), el
        assert not (el.tag == "img" and el.attrs.get("src") == "x")
    text = dom.by_id("card").text()
    assert names[0] in text and names[1] in text  # shown as the names they are


def test_hostile_raw_readme_runs_nothing(chromium, hub, repo_name, tmp_path):
    repo = f"alice/{repo_name}"
    readme = (
        "# Card\n\n<script>document.title='pwned'</script>\n"
        "<img src=x onerror=\"document.title='pwned'\">\n"
        "<p><a href=\"javascript:document.title='pwned'\">click</a></p>\n"
        "<svg><script>document.title='pwned'</script></svg>\n"
        "<iframe srcdoc=\"<script>parent.document.title='pwned'</script>\"></iframe>\n"
    )
    api = HfApi(endpoint=hub.url, token=ALICE_TOKEN)
    api.create_repo(repo)
    api.upload_file(path_or_fileobj=readme.encode(), path_in_repo="README.md", repo_id=repo)
    dom = dump_dom(chromium, tmp_path, f"{hub.url}/{repo}")
    assert dom.find_all("title")[0].text() == f"{repo} · Local Hub"
    for el in dom.iter():
        assert el.tag not in ("script", "iframe", "svg"), el
        assert not any(a.startswith("on") for a in el.attrs), el
        assert "javascript" not in (el.attrs.get("href") or "").lower()


def test_private_repo_is_not_shown_to_an_anonymous_visitor(chromium, hub, repo_name, tmp_path):
    repo = f"alice/{repo_name}"
    api = HfApi(endpoint=hub.url, token=ALICE_TOKEN)
    api.create_repo(repo, private=True)
    api.upload_file(path_or_fileobj=b"# Top secret card\n", path_in_repo="README.md", repo_id=repo)
    listing = dump_dom(chromium, tmp_path, f"{hub.url}/?search={repo_name}")
    assert repo not in listing.by_id("repos").text()
    assert not [a for a in listing.find_all("a") if repo in (a.attrs.get("href") or "")]
    page = dump_dom(chromium, tmp_path, f"{hub.url}/{repo}")
    assert page.by_id("error").text().startswith("Repository not found")
    assert "Top secret" not in page.text()


def test_preview_png_shows_avatars_next_to_the_card(chromium, tmp_path):
    (tmp_path / "avatars").mkdir()
    (tmp_path / "avatars" / "ada.png").write_bytes(_png(COLOURS[0]))
    readme = tmp_path / "README.md"
    readme.write_text(
        "---\nlanguage: en\n---\n"
        '<div style="width: 92px; height: 92px; border-radius: 50%; background-size: cover; '
        "background-image: url('avatars/ada.png')\"></div>\n\n# Ada\n"
    )
    png = tmp_path / "shot.png"
    env = {**os.environ, "HUBTOOLS_CHROMIUM": chromium}
    args = ["card", "preview", str(readme), "--png", str(png), "--window-size", "1000,700"]
    proc = subprocess.run(
        [sys.executable, "-m", "hubtools", *args],
        capture_output=True,
        text=True,
        timeout=BROWSER_TIMEOUT_S,
        env=env,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""  # --png alone writes no HTML to stdout
    image = Image.open(png).convert("RGB")
    assert image.size == (1000, 700)
    count, (x0, _, x1, _) = _blob(image, COLOURS[0])
    assert count and abs((x1 - x0 + 1) - AVATAR_PX) <= 2
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".preview-")]
