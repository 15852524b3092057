"""`hubtools push` end to end against the local Hub, through the CLI in a subprocess."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from conftest import BOB_TOKEN
from huggingface_hub import HfApi

from hubtools.tinymodel import build_tiny_model, synthetic_posts

ORG = "huggingtweets"


@pytest.fixture(scope="module")
def base_model(tmp_path_factory):
    """A tiny GPT-2 built from a config, tokenizer trained on fictional posts: no download."""
    return build_tiny_model(
        tmp_path_factory.mktemp("base") / "tiny-gpt2", synthetic_posts(400, seed=1)
    )


def _jsonl(path: Path, n: int, seed: int, extra: list[str] = ()) -> str:
    rows = [{"text": t} for t in [*synthetic_posts(n, seed=seed), *extra]]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return f"jsonl:{path}"


def _push(args: list[str], env_extra: dict | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, **(env_extra or {})}
    return subprocess.run(
        [sys.executable, "-m", "hubtools", "push", *args],
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
    )


def _common(base_model: Path, workdir: Path) -> list[str]:
    return ["--namespace", ORG, "--base-model", str(base_model), "--workdir", str(workdir),
            "--max-steps", "4", "--tracker", "none", "--json"]  # fmt: skip


def _commits(repo_id: str) -> list[str]:
    return [c.title for c in HfApi().list_repo_commits(repo_id)]


def test_push_one_user_then_noop_then_retrain(clean_hub, base_model, tmp_path, upload_path):
    handle = f"ada_{uuid.uuid4().hex[:6]}"
    source = _jsonl(
        tmp_path / "ada.jsonl", 200, seed=2, extra=["RT @x: a repost that must not count as kept"]
    )
    proc = _push([handle, "--source", source, *_common(base_model, tmp_path / "work")])
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    repo_id = f"{ORG}/{handle}"
    assert result["repo_id"] == repo_id and result["action"] == "created"
    assert result["stages"] == {"data": "ran", "train": "ran", "publish": "created"}

    files = set(HfApi().list_repo_files(repo_id))
    assert {"README.md", "config.json", "model.safetensors", "tokenizer.json", "predictions.png",
            "generation_config.json", "hubtools.json"} <= files  # fmt: skip
    assert _commits(repo_id) == [
        f"New model for @{handle}",
        "initial commit",
    ]  # one commit holds all
    for name in ("tokenizer_config.json", "config.json", "generation_config.json"):
        published = json.loads(Path(HfApi().hf_hub_download(repo_id, name)).read_text())
        assert "is_local" not in published, name  # how it was loaded here is no fact there
        assert str(base_model) not in json.dumps(published), name  # no local path leaks
    local = json.loads((tmp_path / "work" / "run" / "model" / "tokenizer_config.json").read_text())
    assert local.get("is_local") is True  # the run's own copy said so: the test tests something
    weights = Path(HfApi().hf_hub_download(repo_id, "model.safetensors")).read_bytes()
    assert weights == (tmp_path / "work" / "run" / "model" / "model.safetensors").read_bytes()
    card_file = tmp_path / "README.md"
    card_file.write_bytes(Path(HfApi().hf_hub_download(repo_id, "README.md")).read_bytes())
    lint = subprocess.run(
        [sys.executable, "-m", "hubtools", "card", "lint", str(card_file)],
        capture_output=True,
        text=True,
    )
    assert lint.returncode == 0, lint.stdout + lint.stderr
    card = card_file.read_text()
    assert f"thumbnail: {os.environ['HF_ENDPOINT']}/{repo_id}/resolve/main/predictions.png" in card
    assert "| Posts downloaded | 201 |" in card or "| Tweets downloaded | 201 |" in card
    assert os.environ["HF_TOKEN"] not in card

    proc = _push([handle, "--source", source, *_common(base_model, tmp_path / "work")])
    assert proc.returncode == 0, proc.stderr
    again = json.loads(proc.stdout)
    assert again["action"] == "unchanged"
    assert again["stages"] == {"data": "skipped", "train": "skipped", "publish": "unchanged"}
    assert len(_commits(repo_id)) == 2

    weights = HfApi().model_info(repo_id, files_metadata=True)
    before = {s.rfilename: s.blob_id for s in weights.siblings}
    source = _jsonl(tmp_path / "ada.jsonl", 260, seed=3)  # new posts: retrain
    proc = _push([handle, "--source", source, *_common(base_model, tmp_path / "work")])
    assert proc.returncode == 0, proc.stderr
    retrained = json.loads(proc.stdout)
    assert retrained["action"] == "updated" and retrained["stages"]["train"] == "ran"
    assert len(_commits(repo_id)) == 3
    after = {
        s.rfilename: s.blob_id for s in HfApi().model_info(repo_id, files_metadata=True).siblings
    }
    assert after["model.safetensors"] != before["model.safetensors"]
    assert after["README.md"] != before["README.md"]


def test_push_three_users_under_faults_makes_exactly_one_commit(clean_hub, base_model, tmp_path):
    tag = uuid.uuid4().hex[:5]
    handles = [f"zed_{tag}", f"amy_{tag}", f"kim_{tag}"]  # card order is the order given
    sources = [_jsonl(tmp_path / f"{h}.jsonl", 160, seed=i + 10) for i, h in enumerate(handles)]
    repo_id = f"{ORG}/{'-'.join(sorted(handles))}"
    clean_hub.set_faults(
        [
            f"POST /api/models/{repo_id}/commit/*:503:x1",
            f"POST /api/models/{repo_id}/commit/*:drop-after:x1",
        ]
    )
    args = [
        *handles,
        *[x for s in sources for x in ("--source", s)],
        *_common(base_model, tmp_path / "w"),
    ]
    proc = _push(args)
    clean_hub.clear_faults()
    assert proc.returncode == 0, proc.stderr
    assert "landed despite" in proc.stderr
    assert _commits(repo_id) == [f"New model for @{' @'.join(handles)}", "initial commit"]
    card = Path(HfApi().hf_hub_download(repo_id, "README.md")).read_text()
    header = next(line for line in card.splitlines() if line.startswith("| Data |"))
    assert header == f"| Data | {' | '.join(h.replace('_', chr(92) + '_') for h in handles)} |"
    assert "AI CYBORG" in card


def test_card_only_republishes_just_the_card(clean_hub, base_model, tmp_path):
    handle = f"cora_{uuid.uuid4().hex[:6]}"
    source = _jsonl(tmp_path / "c.jsonl", 180, seed=5)
    common = _common(base_model, tmp_path / "work")
    assert _push([handle, "--source", source, *common]).returncode == 0
    repo_id = f"{ORG}/{handle}"
    weights = {
        s.rfilename: s.blob_id for s in HfApi().model_info(repo_id, files_metadata=True).siblings
    }
    proc = _push([handle, "--source", source, *common, "--card-only", "--license", "mit"])
    assert proc.returncode == 0, proc.stderr
    assert [c["path"] for c in json.loads(proc.stdout)["changes"]] == ["README.md"]
    after = {
        s.rfilename: s.blob_id for s in HfApi().model_info(repo_id, files_metadata=True).siblings
    }
    assert after.keys() == weights.keys()
    assert {k for k in after if after[k] != weights[k]} == {"README.md", "hubtools.json"}


@pytest.mark.parametrize(
    ("case", "expect"),
    [
        ("bad-handle", "invalid handle"),
        ("foreign-namespace", "cannot write to namespace"),
        ("no-token", "no Hub token"),
        ("no-posts", "ok-user"),
    ],
)
def test_bad_input_is_one_line_and_creates_nothing(clean_hub, base_model, tmp_path, case, expect):
    handle = f"ok-user_{uuid.uuid4().hex[:4]}".replace("-", "_")
    source = _jsonl(tmp_path / "p.jsonl", 150, seed=7)
    env: dict[str, str] = {}
    args = [handle, "--source", source]
    if case == "bad-handle":
        args = ["bad handle!", "--source", source]
    elif case == "foreign-namespace":
        env["HF_TOKEN"] = BOB_TOKEN
    elif case == "no-token":
        env["HF_TOKEN"] = ""
        env["HF_HOME"] = str(tmp_path / "empty_home")
    elif case == "no-posts":
        (tmp_path / "short.jsonl").write_text(
            "".join(json.dumps({"text": f"hi {i}"}) + "\n" for i in range(50))
        )
        args = [handle, "--source", f"jsonl:{tmp_path / 'short.jsonl'}"]
        expect = handle
    proc = _push([*args, *_common(base_model, tmp_path / "work")], env)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    progress = ("reading ", "tokenizing ")  # the steps that ran before the error said so
    lines = [x for x in proc.stderr.strip().splitlines() if not x.startswith(progress)]
    assert len(lines) == 1 and lines[0].startswith("hubtools: error:") and expect in lines[0], (
        proc.stderr
    )
    assert not any(r["method"] == "POST" for r in clean_hub.requests())


def test_card_language_is_the_posts_unless_the_user_says(clean_hub, base_model, tmp_path):
    from fixtures.posts.builders import MULTILINGUAL

    handle = f"de_{uuid.uuid4().hex[:6]}"
    posts = tmp_path / "de.jsonl"
    german = [MULTILINGUAL["de"][i % len(MULTILINGUAL["de"])] for i in range(120)]
    posts.write_text("".join(json.dumps({"text": t}) + "\n" for t in german))
    args = [handle, "--source", f"jsonl:{posts}", *_common(base_model, tmp_path / "work")]
    proc = _push(args)
    assert proc.returncode == 0, proc.stderr
    repo_id = f"{ORG}/{handle}"
    users = json.loads((tmp_path / "work" / "data" / "users.json").read_text())
    assert users[0]["languages"] == ["de"]  # the run's own record ...

    def front_matter() -> dict:
        import yaml

        card = Path(HfApi().hf_hub_download(repo_id, "README.md", force_download=True))
        return yaml.safe_load(card.read_text(encoding="utf-8").split("---\n")[1])

    assert front_matter()["language"] == "de"  # ... is what the card states

    proc = _push([*args, "--card-only", "--language", "fr"])
    assert proc.returncode == 0, proc.stderr
    assert front_matter()["language"] == "fr"  # a stated language wins


# --- every fact on the card from what happened ---------------------------------------------------


def _mastodon_export(root: Path, n: int) -> Path:
    """A Mastodon account export with its own avatar.png, n public posts and two boosts."""
    from fixtures.posts import builders as b

    items = [b.note(i, f"<p>{text}</p>") for i, text in enumerate(synthetic_posts(n, seed=21))]
    items += [b.announce(n + 1, "https://other.example/users/grace/statuses/9"),
              b.note(n + 2, "<p>for my followers only, private words here</p>", visibility="private")]  # fmt: skip
    files = {"outbox.json": b.outbox(items), "actor.json": b.actor_json(name="Ada Mastodon"),
             "avatar.png": b.png(12, 12, (30, 90, 200))}  # fmt: skip
    return b.write_folder(root, files)


def _table(card: str, first: str) -> dict[str, list[str]]:
    """{first cell: other cells} of the table whose header starts with `first`, read with a
    plain splitter (not hubtools' parser), backslash escapes removed."""
    lines = card.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith(f"| {first} |"))
    rows = {}
    for line in [lines[start], *lines[start + 2 :]]:
        if not line.startswith("|"):
            break
        cells = [re.sub(r"\\(.)", r"\1", c.strip()) for c in re.split(r"(?<!\\)\|", line)[1:-1]]
        rows[cells[0]] = cells[1:]
    return rows


def _downloaded_card(repo_id: str) -> tuple[str, dict]:
    import yaml

    text = Path(HfApi().hf_hub_download(repo_id, "README.md", force_download=True)).read_text()
    return text, yaml.safe_load(text.split("---\n")[1])


def test_card_states_what_the_run_did(clean_hub, base_model, tmp_path):
    """Local base model, --max-steps, a Mastodon user with an avatar and a German user
    without one: every fact on the card is read back and compared with the run's own record
    files, and `hubtools card lint` finds nothing wrong with it."""
    import urllib.request

    from fixtures.posts.builders import MULTILINGUAL

    tag = uuid.uuid4().hex[:5]
    ada, bob = f"ada_{tag}", f"bob_{tag}"
    export = _mastodon_export(tmp_path / "export", 150)
    german = [f"{a} {b}" for a in MULTILINGUAL["de"] for b in MULTILINGUAL["de"]]
    posts = tmp_path / "bob.jsonl"
    rows = [{"text": t} for t in [*german, "RT @x: a repost, dropped"]]
    posts.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    repo_id = f"{ORG}/{ada}-{bob}"
    entry = tmp_path / "entry.yaml"
    entry.write_text(f"repo_id: {repo_id}\nusers:\n- {{handle: {ada}, name: Ada}}\n"
                     f"- {{handle: {bob}, name: Bob}}\ntags: [parody]\n"
                     "build: {sources: [a, b]}\n")  # fmt: skip
    work = tmp_path / "work"
    args = [ada, bob, "--source", f"mastodon-archive:{export}", "--source", f"jsonl:{posts}",
            "--namespace", ORG, "--base-model", str(base_model), "--workdir", str(work),
            "--max-steps", "12", "--epochs", "4", "--batch-size", "2", "--tracker", "none",
            "--card-spec", str(entry), "--json"]  # fmt: skip
    proc = _push(args)
    assert proc.returncode == 0, proc.stderr
    summary = json.loads((work / "run" / "training_summary.json").read_text())
    users = json.loads((work / "data" / "users.json").read_text())
    card, meta = _downloaded_card(repo_id)
    endpoint = os.environ["HF_ENDPOINT"]

    # base model: a folder built from a config has no Hub origin
    assert summary["base_model_origin"] == "local" and summary["base_model_id"] is None
    assert "base_model" not in meta and "a local model" in card
    assert "huggingface.co" not in card

    # hyperparameters as run: 12 steps of a planned 4 epochs
    hyper = _table(card, "Hyperparameter")
    assert summary["steps"] == 12 and summary["epochs_completed"] < 4
    assert hyper["steps"] == [str(summary["steps"])]
    assert hyper["epochs_completed"] == [str(summary["epochs_completed"])]
    assert hyper["tokens_seen"] == [str(summary["tokens_seen"])]
    assert hyper["stopped_early"] == ["max_steps"]
    assert "epochs" not in hyper

    # the data table: every count of users.json, each row named for what it counts
    data = _table(card, "Data")
    assert data["Handle"] == [f"@{u['handle']}" for u in users] == [f"@{ada}", f"@{bob}"]
    for key in {k for u in users for k in u["stats"]}:
        label = {"downloaded": "Posts downloaded", "kept": "Posts kept", "retweets": "Reposts",
                 "short": "Short posts"}.get(key, key.replace("_", " ").capitalize())  # fmt: skip
        label += "" if key in ("downloaded", "kept") else " dropped"
        assert data[label] == [str(u["stats"].get(key, "")) for u in users], label
    assert data["Reposts dropped"] == ["1", "1"]  # a boost and an RT, not "no reposts"

    # metadata: default tags, then the catalogue's; the languages found in each user's posts
    assert meta["tags"] == ["parody", "text-generation", "hubtools"]
    assert [u["languages"] for u in users] == [["en"], ["de"]]
    assert sorted(meta["language"]) == ["de", "en"]

    # avatars: the export's own picture and a generated one, in the commit, linked absolutely
    files = set(HfApi().list_repo_files(repo_id))
    stored = users[0]["avatar_file"]
    assert stored and users[1].get("avatar_file") is None
    expected = [stored, f"avatars/{bob}.png"]
    assert set(expected) <= files
    slots = re.findall(r"display:(\w+);[^\n]*url\(&#39;(.*?)&#39;\)", card)
    assert slots[:2] == [("inherit", f"{endpoint}/{repo_id}/resolve/main/{p}") for p in expected]
    with urllib.request.urlopen(slots[0][1]) as answer:
        assert answer.read() == (work / "data" / stored).read_bytes()
    with urllib.request.urlopen(slots[1][1]) as answer:
        assert answer.read()[:8] == b"\x89PNG\r\n\x1a\n"
    assert _commits(repo_id) == [f"New model for @{ada} @{bob}", "initial commit"]

    card_file = tmp_path / "published.md"
    card_file.write_text(card, encoding="utf-8")
    lint = subprocess.run([sys.executable, "-m", "hubtools", "card", "lint", str(card_file)],
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    assert lint.returncode == 0, lint.stdout + lint.stderr
    assert lint.stderr.startswith("0 error(s), 0 warning(s)"), lint.stderr


def test_card_names_a_hub_base_model_on_the_configured_hub(clean_hub, base_model, tmp_path):
    """A base model downloaded from the configured Hub is linked there (not on huggingface.co),
    and --base-model-id names another one when the user says so."""
    tag = uuid.uuid4().hex[:5]
    base_id = f"alice/tiny-base-{tag}"
    HfApi().create_repo(base_id)
    HfApi().upload_folder(folder_path=str(base_model), repo_id=base_id)
    handle = f"hub_{tag}"
    work = tmp_path / "work"
    args = [handle, "--source", _jsonl(tmp_path / "p.jsonl", 150, seed=23), "--namespace", ORG,
            "--base-model", base_id, "--workdir", str(work), "--max-steps", "4",
            "--tracker", "none", "--json"]  # fmt: skip
    proc = _push(args)
    assert proc.returncode == 0, proc.stderr
    summary = json.loads((work / "run" / "training_summary.json").read_text())
    assert (summary["base_model_origin"], summary["base_model_id"]) == ("hub", base_id)
    repo_id = f"{ORG}/{handle}"
    card, meta = _downloaded_card(repo_id)
    endpoint = os.environ["HF_ENDPOINT"]
    assert meta["base_model"] == base_id
    links = re.findall(r"\]\((\S+?)\)", card)
    base_links = [u for u in links if base_id in u]
    assert len(base_links) == 3 and set(base_links) == {f"{endpoint}/{base_id}"}
    assert HfApi().model_info(meta["base_model"]).id == base_id  # it exists where it is linked
    assert "huggingface.co" not in card

    named = f"alice/named-base-{tag}"  # the model the local folder was saved from, say
    HfApi().create_repo(named)
    proc = _push([*args, "--card-only", "--base-model-id", named])
    assert proc.returncode == 0, proc.stderr
    card, meta = _downloaded_card(repo_id)
    assert meta["base_model"] == named and f"{endpoint}/{named})" in card
