"""The local Hub's HTML pages over HTTP (no browser): what they show, whom they show it to,
what the card sanitizer lets through, and that the API routes are untouched.

The browser's view of the same pages is tests/test_browser.py.
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
import uuid
from pathlib import Path

import httpx
import pytest
from conftest import ALICE_TOKEN, BOB_TOKEN
from fixtures.bounded import capped
from fixtures.dom import Node, parse_html
from huggingface_hub import CommitOperationAdd, HfApi
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from hubtools.cards.render import render_card
from hubtools.cards.spec import CardSpec

ROOT = Path(__file__).resolve().parents[1]
TWO_USERS = ROOT / "tests" / "fixtures" / "cards" / "two-users.yaml"
SAFE_SCHEMES = ("http://", "https://", "mailto:", "/", "#")
FORBIDDEN_TAGS = {"script", "style", "iframe", "object", "embed", "form", "input", "button",
                  "svg", "math", "link", "meta", "base", "frame", "frameset", "textarea"}  # fmt: skip
URL_ATTRS = ("href", "src", "action", "formaction", "xlink:href", "background", "poster")


def _api(token: str = ALICE_TOKEN, hub=None) -> HfApi:
    return HfApi(endpoint=hub.url, token=token)


def _spec_card(path: Path, repo_id: str) -> str:
    spec = CardSpec.from_yaml_text(path.read_text(), source=str(path))
    spec.repo_id = repo_id
    return render_card(spec)


def _publish(hub, repo_id: str, readme: str, *, private: bool = False, extra=None) -> str:
    api = _api(hub=hub)
    api.create_repo(repo_id, private=private, exist_ok=True)
    ops = [CommitOperationAdd("README.md", readme.encode())]
    ops += [CommitOperationAdd(p, data) for p, data in (extra or {}).items()]
    return api.create_commit(repo_id, ops, commit_message="Publish the card").oid


def _page(hub, path: str, **kwargs) -> tuple[httpx.Response, Node]:
    resp = httpx.get(hub.url + path, timeout=60, **kwargs)
    return resp, parse_html(resp.text)


def _card(dom: Node) -> Node:
    return dom.by_id("card")


def _png(color: tuple[int, int, int]) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (64, 64), color).save(buf, "PNG")
    return buf.getvalue()


def assert_harmless(node: Node, *, local: bool = False) -> None:
    """No element, attribute or URL under `node` that could run code or load a document.

    `local`: a preview, whose relative URLs point at files next to the card (file://).
    """
    safe = (*SAFE_SCHEMES, "file://") if local else SAFE_SCHEMES
    for el in node.iter():
        assert el.tag not in FORBIDDEN_TAGS, el
        for name, value in el.attrs.items():
            assert not name.startswith("on"), (el.tag, name, value)
            if name in URL_ATTRS and value:
                v = re.sub(r"[\x00-\x20]", "", value).lower()
                assert v.startswith(safe) or ":" not in v.split("/")[0], (name, value)
            if name == "style" and value:
                low = value.lower()
                assert "javascript" not in low and "expression" not in low, value
                for url in re.findall(r"url\(\s*['\"]?([^'\")]*)", low):
                    assert not url or url.startswith((*safe[:2], "/", *safe[5:])), value


# -- the model page ----------------------------------------------------------------------
def test_model_page_shows_card_metadata_widget_files_and_commit(hub, repo_name):
    repo = f"alice/{repo_name}"
    sha = _publish(hub, repo, _spec_card(TWO_USERS, repo), extra={"config.json": b"{}"})
    resp, dom = _page(hub, f"/{repo}")
    assert resp.status_code == 200
    assert resp.headers["content-type"].startswith("text/html")
    assert "script-src" not in resp.headers["content-security-policy"]  # default-src 'none'
    assert "default-src 'none'" in resp.headers["content-security-policy"]
    chips = [c.text() for c in dom.find_all("span") if "chip" in c.attrs.get("class", "")]
    assert "license: mit" in chips and "language: en" in chips
    assert "base model: gpt2" in chips and "transformers" in chips
    assert {"hubtools", "huggingtweets"} <= set(chips)
    prompts = [p.text() for p in dom.by_id("widget").find_all("span", **{"class": "prompt"})]
    assert prompts == ["My dream is", "I love 🤖 because"]
    files = dom.by_id("files").text()
    assert "README.md" in files and "config.json" in files and ".gitattributes" in files
    latest = dom.by_id("latest-commit")
    assert "Publish the card" in latest.text() and sha[:7] in latest.text()
    card = _card(dom)
    assert "Bob & Co | Builders" in card.text() and "Ann O'Neil 🌿" in card.text()
    assert card.find_all("table"), "the data table is a table"
    assert_harmless(card)


def test_files_commits_and_commit_pages(hub, repo_name):
    repo = f"alice/{repo_name}"
    api = _api(hub=hub)
    first = _publish(hub, repo, "# First\n\nold line\n", extra={"data/a.txt": b"a"})
    second = api.upload_file(
        path_or_fileobj=b"# First\n\nnew line\n",
        path_in_repo="README.md",
        repo_id=repo,
        commit_message="Say it again",
    ).oid

    _, tree = _page(hub, f"/{repo}/tree/main")
    rows = tree.by_id("tree").text()
    assert "data" in rows and "README.md" in rows and "Say it again" in rows
    _, sub = _page(hub, f"/{repo}/tree/main/data")
    assert "a.txt" in sub.by_id("tree").text() and "README.md" not in sub.by_id("tree").text()

    _, commits = _page(hub, f"/{repo}/commits/main")
    text = commits.by_id("commits").text()
    assert text.index("Say it again") < text.index("Publish the card") < text.index("initial")

    _, page = _page(hub, f"/{repo}/commit/{second}")
    assert page.by_id("commit-title").text() == "Say it again"
    added = [s.text() for s in page.find_all("span", **{"class": "add"})]
    removed = [s.text() for s in page.find_all("span", **{"class": "del"})]
    assert added == ["+new line\n"] and removed == ["-old line\n"]
    old, _ = _page(hub, f"/{repo}/tree/{first}")
    assert old.status_code == 200
    for missing in (f"/{repo}/tree/nope", f"/{repo}/commit/{'0' * 40}", f"/{repo}/tree/main/zz"):
        resp, dom = _page(hub, missing)
        assert resp.status_code == 404 and dom.by_id("error").text(), missing


def test_relative_images_load_from_the_repo(hub, repo_name):
    repo = f"alice/{repo_name}"
    readme = '# Avatars\n\n![one](avatars/one.png)\n\n<img src="./avatars/two.png" alt="two">\n'
    pngs = {"avatars/one.png": _png((200, 0, 0)), "avatars/two.png": _png((0, 0, 200))}
    _publish(hub, repo, readme, extra=pngs)
    _, dom = _page(hub, f"/{repo}")
    srcs = [img.attrs["src"] for img in _card(dom).find_all("img")]
    assert srcs == [
        f"/{repo}/resolve/main/avatars/one.png",
        f"/{repo}/resolve/main/avatars/two.png",
    ]
    for src, path in zip(srcs, pngs, strict=True):
        resp = httpx.get(hub.url + src, timeout=60)
        assert resp.status_code == 200 and resp.content == pngs[path]


# -- who sees what -----------------------------------------------------------------------
def test_private_repo_needs_the_token(hub, repo_name):
    repo = f"alice/{repo_name}"
    _publish(hub, repo, "# Secret card\n\n![me](me.png)\n", private=True,
             extra={"me.png": _png((1, 2, 3))})  # fmt: skip
    resp, dom = _page(hub, f"/{repo}")
    assert resp.status_code == 404 and "Secret card" not in resp.text
    _, listing = _page(hub, f"/?search={repo_name}")
    assert repo not in listing.by_id("repos").text()
    for kwargs in ({"cookies": {"token": ALICE_TOKEN}},
                   {"headers": {"Authorization": f"Bearer {ALICE_TOKEN}"}}):  # fmt: skip
        resp, dom = _page(hub, f"/{repo}", **kwargs)
        assert resp.status_code == 200 and "Secret card" in _card(dom).text()
        _, listing = _page(hub, f"/?search={repo_name}", **kwargs)
        assert repo in listing.by_id("repos").text()
    # The card's image loads in the owner's browser (the cookie), in nobody else's.
    image = f"{hub.url}/{repo}/resolve/main/me.png"
    assert httpx.get(image, cookies={"token": ALICE_TOKEN}).content == _png((1, 2, 3))
    assert httpx.get(image).status_code == 404
    # A cookie is for reading only: no write rides on it (a page elsewhere could send it).
    create = httpx.post(f"{hub.url}/api/repos/create", json={"name": f"{repo_name}-x"},
                        cookies={"token": ALICE_TOKEN})  # fmt: skip
    assert create.status_code == 401
    assert _page(hub, f"/{repo}", cookies={"token": BOB_TOKEN})[0].status_code == 404
    assert _page(hub, f"/{repo}", cookies={"token": "hf_unknown"})[0].status_code == 404
    bad = {"Authorization": "Bearer hf_unknown"}
    assert _page(hub, f"/{repo}", headers=bad)[0].status_code == 401
    for sub in ("tree/main", "commits/main"):
        assert _page(hub, f"/{repo}/{sub}")[0].status_code == 404


def test_repo_list_search_and_pages(hub):
    prefix = f"pagelist-{uuid.uuid4().hex[:8]}"
    api = _api(hub=hub)
    for i in range(31):
        api.create_repo(f"alice/{prefix}-{i:02d}")
    _, first = _page(hub, f"/?search={prefix}")
    cards = first.by_id("repos").find_all("a")
    assert len(cards) == 30
    assert first.find_all("input", name="search")[0].attrs["value"] == prefix
    _, second = _page(hub, f"/?search={prefix}&p=1")
    ids = {a.attrs["href"] for a in cards} | {
        a.attrs["href"] for a in second.by_id("repos").find_all("a")
    }
    assert ids == {f"/alice/{prefix}-{i:02d}" for i in range(31)}
    _, none = _page(hub, f"/?search={prefix}-nothing")
    assert not none.by_id("repos").find_all("a")


def test_pages_do_not_shadow_the_api(hub, repo_name):
    repo = f"alice/{repo_name}"
    _publish(hub, repo, "# Card\n")
    assert httpx.get(f"{hub.url}/api/models/{repo}").json()["id"] == repo
    raw = httpx.get(f"{hub.url}/{repo}/resolve/main/README.md")
    assert raw.content == b"# Card\n" and raw.headers["x-repo-commit"]
    assert httpx.head(f"{hub.url}/{repo}/resolve/main/README.md").status_code == 200
    assert httpx.get(f"{hub.url}/_admin/requests").status_code == 401
    assert isinstance(httpx.get(f"{hub.url}/api/models", params={"search": repo_name}).json(), list)
    for path in ("/api/whoami-v2x", "/_admin/x", "/lfs/x", "/datasets/x", "/spaces/x"):
        assert httpx.get(hub.url + path).status_code == 404, path


def test_canonical_repo_has_its_pages(own_hub, tmp_path):
    folder = tmp_path / "tiny-gpt2"
    (folder / "data").mkdir(parents=True)
    (folder / "README.md").write_text("---\nlicense: mit\n---\n# Tiny GPT-2\n\nA base model.\n")
    (folder / "config.json").write_text("{}")
    (folder / "data" / "notes.txt").write_text("notes\n")
    server = own_hub("--import", f"tiny-gpt2={folder}")
    sha = _api(hub=server).model_info("tiny-gpt2").sha
    _publish(server, "alice/tiny-gpt2", "# Alice's own\n")  # the same name in a namespace

    resp, dom = _page(server, "/tiny-gpt2")
    assert resp.status_code == 200 and "Tiny GPT-2" in _card(dom).text()
    assert "config.json" in dom.by_id("files").text()
    links = {a.attrs.get("href") for a in dom.find_all("a")}
    assert {"/tiny-gpt2/tree/main", "/tiny-gpt2/commits/main"} <= links
    assert "/?search=" not in links  # no empty namespace link above the name
    _, tree = _page(server, "/tiny-gpt2/tree/main")
    assert "data" in tree.by_id("tree").text() and "README.md" in tree.by_id("tree").text()
    _, sub = _page(server, "/tiny-gpt2/tree/main/data")
    assert "notes.txt" in sub.by_id("tree").text()
    _, commits = _page(server, "/tiny-gpt2/commits/main")
    assert sha[:7] in commits.by_id("commits").text()
    assert _page(server, f"/tiny-gpt2/commit/{sha}")[0].status_code == 200
    _, listing = _page(server, "/?search=tiny-gpt2")
    hrefs = {a.attrs["href"] for a in listing.by_id("repos").find_all("a")}
    assert {"/tiny-gpt2", "/alice/tiny-gpt2"} <= hrefs
    assert "Alice's own" in _card(_page(server, "/alice/tiny-gpt2")[1]).text()

    resp, dom = _page(server, "/no-such-model")
    assert resp.status_code == 404 and dom.by_id("error").text()
    assert _page(server, "/no-such-model/tree/main")[0].status_code == 404
    # nothing else moved: the API, raw files and the admin routes answer as before
    assert httpx.get(f"{server.url}/api/models/tiny-gpt2").json()["id"] == "tiny-gpt2"
    raw = httpx.get(f"{server.url}/tiny-gpt2/resolve/main/config.json")
    assert raw.content == b"{}"
    assert httpx.get(f"{server.url}/_admin/requests").status_code == 401
    for path in ("/api", "/_admin", "/lfs", "/datasets", "/spaces"):
        assert httpx.get(server.url + path).status_code == 404, path


def test_canonical_page_paths_leave_namespaced_ones_alone(tmp_path):
    from hubtools.localhub.canonical import rewrite
    from hubtools.localhub.store import Store

    store = Store(tmp_path / "root")
    store.create_repo("model", "gpt2", private=False, author="admin")
    store.create_repo("model", "alice/model", private=False, author="alice")
    store.create_repo("model", "bert/tree", private=False, author="bert")  # a user "bert"
    store.create_repo("model", "bert", private=False, author="admin")
    cases = {
        "/gpt2": "/~/gpt2",
        "/missing": "/~/missing",  # its 404 page
        "/gpt2/tree/main": "/~/gpt2/tree/main",
        "/gpt2/tree/main/data/x": "/~/gpt2/tree/main/data/x",
        "/gpt2/commits/main": "/~/gpt2/commits/main",
        "/gpt2/commit/abc1234": "/~/gpt2/commit/abc1234",
        "/missing/tree/main": None,
        "/bert/tree/main": None,  # the namespaced repo bert/tree wins, as on the API
        "/alice/model": None,
        "/alice/model/tree/main": None,
        "/": None,
        "/api": None,
        "/_admin": None,
        "/lfs": None,
        "/datasets": None,
    }
    assert {path: rewrite(store, path) for path in cases} == cases


# -- the sanitizer -----------------------------------------------------------------------
HOSTILE_README = """---
license: mit
widget:
- text: "<script>document.title='pwned'</script>"
---
<script>document.title='pwned'</script>
<img src=x onerror="document.title='pwned'">
<a href="javascript:alert(1)">js</a> <a href="jav&#x09;ascript:alert(1)">tab</a>
<a href="vbscript:msgbox(1)">vb</a> <img src="data:image/svg+xml;base64,PHN2Zz4=">
<iframe src="https://example.org"></iframe><form action="/x"><input name=a></form>
<svg onload="alert(1)"><circle r=4 /></svg><math><mi>x</mi></math>
<div style="background-image:url(javascript:alert(1))">css</div>
<div style="background:url('data:image/png;base64,AAAA')">data css</div>
<div style="width:1px;behavior:url(x.htc)">htc</div>
<div style="position:fixed;top:0;left:0;width:100%;height:100%">overlay</div>
<style>body{display:none}</style><base href="https://evil.example/">
<object data="x.swf"></object><embed src="x.swf"><p onclick="alert(1)">para</p>

[md js](javascript:alert(1)) ![md data](data:image/png;base64,AAAA)

<div class="inline-flex flex-col" style="line-height: 1.5;"><div style="width:92px; height:92px; border-radius: 50%; background-image: url('https://example.org/a.png')"></div></div>
"""


def test_hostile_readme_keeps_nothing_that_runs(hub, repo_name):
    repo = f"alice/{repo_name}"
    _publish(hub, repo, HOSTILE_README)
    resp, dom = _page(hub, f"/{repo}")
    card = _card(dom)
    assert_harmless(card)
    assert "<script" not in resp.text.split("<article", 1)[1]
    assert "pwned" not in "".join(str(v) for el in card.iter() for v in el.attrs.values())
    styles = [el.attrs.get("style", "") for el in card.iter()]
    assert not any("fixed" in s or "behavior" in s for s in styles)
    # What the Hub allows survives: the avatar block's classes and round, sized divs.
    avatar = [s for s in styles if "border-radius:50%" in s]
    assert avatar and 'url("https://example.org/a.png")' in avatar[0]
    assert card.find_all("div", **{"class": "inline-flex flex-col"})
    prompt = dom.by_id("widget").text()
    assert "<script>document.title='pwned'</script>" in prompt  # shown as text, not run
    assert not dom.by_id("widget").find_all("script")


HTML_PIECES = st.sampled_from(
    ["<", ">", "/", "=", '"', "'", " ", "script", "img", "a", "div", "svg", "style", "iframe",
     "src", "href", "onerror", "onload", "javascript:", "jav&#x09;ascript:", "vbscript:",
     "data:", "url(", ")", "expression(", "\\", "&#106;", "<!--", "-->", "<![CDATA[", "x",
     "http://a.b/", "\n", "\t", "`", "background-image:", ";"]
)  # fmt: skip


@settings(max_examples=1000)
@given(st.lists(HTML_PIECES, max_size=60).map("".join))
def test_sanitizer_fuzz_never_lets_code_through(fragment):
    from hubtools.localhub.pages.markdown import render_card as render_html

    out = capped(lambda: render_html(fragment, "/ns/repo/resolve/main/"), max_mb=64, max_s=10)
    assert out.error is None
    assert_harmless(parse_html(out.value.html))


# -- hubtools card preview ---------------------------------------------------------------
def _cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    import os

    return subprocess.run(
        [sys.executable, "-m", "hubtools", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def test_preview_spec_and_readme(tmp_path):
    out = tmp_path / "page.html"
    proc = _cli("card", "preview", str(TWO_USERS), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    dom = parse_html(out.read_text())
    assert "Bob & Co | Builders" in _card(dom).text()
    assert [p.text() for p in dom.by_id("widget").find_all("span")] == [
        "My dream is",
        "I love 🤖 because",
    ]
    assert dom.find_all("title")[0].text().startswith("alice/annoneil-bob_builds ")
    readme = tmp_path / "README.md"
    readme.write_text(HOSTILE_README)
    proc = _cli("card", "preview", str(readme))
    assert proc.returncode == 0, proc.stderr
    page = parse_html(proc.stdout)
    assert_harmless(_card(page), local=True)
    metas = page.find_all("meta")
    assert any(m.attrs.get("http-equiv") == "Content-Security-Policy" for m in metas)


def test_preview_png_without_chromium_is_one_line_and_writes_nothing(tmp_path):
    out, png = tmp_path / "page.html", tmp_path / "shot.png"
    proc = _cli("card", "preview", str(TWO_USERS), "-o", str(out), "--png", str(png),
                env={"HUBTOOLS_CHROMIUM": str(tmp_path / "no-chromium")})  # fmt: skip
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Chromium" in lines[0] and "Traceback" not in proc.stderr
    assert not out.exists() and not png.exists()


def test_preview_bad_spec_is_a_user_error(tmp_path):
    spec = tmp_path / "bad.yaml"
    spec.write_text("repo_id: a/b\nusers: []\n")
    proc = _cli("card", "preview", str(spec), "-o", str(tmp_path / "p.html"))
    assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "p.html").exists()


PROBE = """
import sys
from hubtools.cli.main import main
try:
    main({argv!r})
except SystemExit:
    pass
print("HEAVY=" + ",".join(m for m in ("torch", "transformers", "wandb", "accelerate") if m in sys.modules))
"""


def test_preview_imports_no_heavy_module(tmp_path):
    argv = ["card", "preview", str(TWO_USERS), "-o", str(tmp_path / "p.html")]
    out = subprocess.run([sys.executable, "-c", PROBE.format(argv=argv)],
                         capture_output=True, text=True, timeout=120, check=True).stdout  # fmt: skip
    assert (tmp_path / "p.html").exists()
    assert out.strip().splitlines()[-1] == "HEAVY="


@pytest.mark.parametrize("size", ["0,10", "10", "abc,def", "9000,10"])
def test_preview_window_size_is_checked(tmp_path, size):
    proc = _cli("card", "preview", str(TWO_USERS), "--png", str(tmp_path / "s.png"),
                "--window-size", size)  # fmt: skip
    assert proc.returncode == 2 and "--window-size" in proc.stderr
