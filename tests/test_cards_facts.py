"""Cards state what happened: base model origin, the run's own numbers, avatars, drafts.

The end-to-end checks (a real push, its card against its run records) are in test_push.py;
these cover each rule on records written here by hand.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
import yaml
from huggingface_hub import HfApi
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from hubtools.cards.origin import base_origin
from hubtools.cards.parse import parse_card
from hubtools.cards.render import render_card
from hubtools.cards.spec import CardSpec
from hubtools.cards.yamlfm import split_front_matter
from hubtools.errors import UserError

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "cards"
ROOT = Path(__file__).resolve().parent.parent


def _spec(**changes) -> CardSpec:
    data = yaml.safe_load((FIXTURES / "two-users.yaml").read_text(encoding="utf-8"))
    data.update(changes)
    return CardSpec.from_dict(data)


def _front_matter(card: str) -> dict:
    return yaml.safe_load(split_front_matter(card)[0])


def _links(card: str) -> list[str]:
    return re.findall(r"\]\((\S+?)\)", card)


# --- base model: where the weights came from ------------------------------------------------


def test_a_hub_id_is_its_own_origin(tmp_path):
    assert base_origin("org/model", "abc").hub_id == "org/model"
    assert base_origin("org/model", "abc").how == "hub"


def test_a_cache_snapshot_names_its_repo(tmp_path):
    snap = tmp_path / "hub" / "models--openai-community--gpt2" / "snapshots" / ("a" * 40)
    snap.mkdir(parents=True)
    origin = base_origin(str(snap))
    assert (origin.hub_id, origin.how, origin.revision) == (
        "openai-community/gpt2",
        "cache",
        "a" * 40,
    )
    canonical = tmp_path / "hub" / "models--gpt2" / "snapshots" / "main"
    canonical.mkdir(parents=True)
    assert base_origin(str(canonical)).hub_id == "gpt2"


@pytest.mark.parametrize(
    ("name_or_path", "expected"),
    [
        ("gpt2", "gpt2"),  # what transformers 4 saved after loading from the Hub
        ("org/tiny", "org/tiny"),
        ("/home/me/models/base", None),  # a path is no Hub fact
        ("./base", None),
        ("", None),
        (None, None),
    ],
)
def test_a_saved_folder_names_its_origin_only_by_a_hub_id(tmp_path, name_or_path, expected):
    folder = tmp_path / "saved"
    folder.mkdir()
    config = {"model_type": "gpt2"}
    if name_or_path is not None:
        config["_name_or_path"] = name_or_path
    (folder / "config.json").write_text(json.dumps(config))
    origin = base_origin(str(folder))
    assert origin.hub_id == expected
    assert origin.how == ("config" if expected else "local")


def test_a_local_model_card_has_no_base_model_key_and_no_hub_link():
    card = render_card(_spec(base_model=None), "default")
    assert "base_model" not in _front_matter(card)
    assert "a local model" in card
    assert not [u for u in _links(card) if "huggingface.co/" in u and "/datasets/" not in u]
    assert parse_card(card).spec.base_model is None  # read back as what it says
    for template in ("huggingtweets",):
        text = render_card(_spec(base_model=None, template=template))
        assert "pre-trained local model" in text and "huggingface.co/None" not in text


def test_base_model_links_go_to_the_configured_hub():
    hub = "http://127.0.0.1:8123"
    card = render_card(_spec(base_model="tiny-gpt2", hub_url=hub), "default")
    base_links = [u for u in _links(card) if u.endswith("/tiny-gpt2")]
    assert len(base_links) == 3 and all(u == f"{hub}/tiny-gpt2" for u in base_links)
    assert f"{hub}/datasets/alice/annoneil-bob_builds-posts" in card
    assert "huggingface.co" not in card.replace("pbs.twimg.com", "")
    parsed = parse_card(card).spec
    assert (parsed.base_model, parsed.hub_url) == ("tiny-gpt2", hub)


@pytest.mark.parametrize(
    "dataset",
    ["https://example.com/data.csv", "my data", "a/b/c", "../x", "", "x" * 97],
)
def test_datasets_must_be_hub_dataset_ids(dataset):
    with pytest.raises(UserError, match=r"datasets\[0\]"):
        _spec(datasets=[dataset])


@pytest.mark.parametrize("hub_url", ["ftp://hub", "https://hub/", "javascript:x", "https://h?a"])
def test_hub_url_is_an_http_address(hub_url):
    with pytest.raises(UserError, match="hub_url"):
        _spec(hub_url=hub_url)


def test_default_tags_follow_the_specs():
    card = render_card(_spec(tags=["parody"]), "default")
    assert _front_matter(card)["tags"] == ["parody", "text-generation", "hubtools"]
    assert parse_card(card).spec.tags == ["parody"]  # the template's own tags are not the spec's
    card = render_card(_spec(tags=["hubtools", "parody"]), "default")
    assert _front_matter(card)["tags"] == ["hubtools", "parody", "text-generation"]
    assert parse_card(card).spec.tags == ["hubtools", "parody"]
    card = render_card(_spec(tags=[]), "default")
    assert _front_matter(card)["tags"] == ["text-generation", "hubtools"]
    assert parse_card(card).spec.tags == []
    plain = render_card(_spec(tags=["parody"]), "huggingtweets")
    assert _front_matter(plain)["tags"] == ["parody"]  # the byte-exact layout adds nothing


# --- the run's own numbers --------------------------------------------------------------------


def _summary(**changes) -> dict:
    summary = {
        "base_model": "gpt2", "model_type": "gpt2", "num_parameters": 1, "dataset": {},
        "hyperparameters": {"epochs": 4.0, "lr": 0.001, "batch_size": 8, "max_steps": 12},
        "batching": "pack", "block_size": 64, "steps": 12, "total_steps": 12,
        "epochs_completed": 1.3333, "tokens_seen": 5120, "wall_time_s": 1.0,
        "train_time_s": 1.0, "tokens_per_second": 1.0, "startup_s": 0.0,
        "final_val_loss": 3.0, "final_val_perplexity": 20.0, "best_val_loss": 3.0,
        "best_val_perplexity": 20.0, "best_step": 12, "val_history": [], "stopped_early": False,
        "resumed_from_step": None, "trackers": [], "hardware": {}, "versions": {},
        "generation": {}, "stop_reason": "max_steps", "planned_steps": 36,
        "base_model_id": None, "base_model_origin": "local",
    }  # fmt: skip
    summary.update(changes)
    return summary


def _run(tmp_path: Path, summary: dict, users: list[dict]) -> tuple[Path, Path]:
    data, run = tmp_path / "data", tmp_path / "run"
    data.mkdir(parents=True)
    run.mkdir(parents=True)
    (run / "training_summary.json").write_text(json.dumps(summary))
    (data / "users.json").write_text(json.dumps(users))
    return data, run


def _user(handle: str, **extra) -> dict:
    stats = {"downloaded": 10, "retweets": 1, "short": 2, "replies": 3, "kept": 4}
    return {"handle": handle, "display_name": handle.title(), "stats": stats, **extra}


def _card_for(tmp_path, summary, users, **kwargs) -> tuple[CardSpec, str]:
    from hubtools.push.cardspec import spec_for_run

    data, run = _run(tmp_path, summary, users)
    spec = spec_for_run(
        "org/" + "-".join(sorted(u["handle"] for u in users)), data, run, template="default",
        endpoint="http://hub.test", widget=["Hi"], license=None, **kwargs,
    )  # fmt: skip
    return spec, render_card(spec)


def _hyper_rows(card: str) -> dict[str, str]:
    lines = card.split("\n")
    start = lines.index("| Hyperparameter | Value |")
    rows = {}
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        key, value = (re.sub(r"\\(.)", r"\1", c.strip()) for c in line.strip("|").split("|"))
        rows[key] = value
    return rows


@pytest.mark.parametrize(
    ("changes", "stopped"),
    [
        ({}, "max_steps"),
        ({"stop_reason": "early_stopping", "stopped_early": True}, "early_stopping"),
        ({"stop_reason": "completed", "epochs_completed": 4.0, "steps": 36}, "false"),
        # a summary written before stop_reason was recorded: read from its own numbers
        ({"stop_reason": None, "base_model_origin": None}, "max_steps"),
        ({"stop_reason": None, "stopped_early": True}, "early_stopping"),
    ],
)
def test_hyperparameters_are_the_runs(tmp_path, changes, stopped):
    summary = _summary(**changes)
    _, card = _card_for(tmp_path, summary, [_user("ada")])
    rows = _hyper_rows(card)
    assert rows["epochs_completed"] == str(summary["epochs_completed"])
    assert rows["steps"] == str(summary["steps"])
    assert rows["tokens_seen"] == str(summary["tokens_seen"])
    assert rows["stopped_early"] == stopped
    assert "epochs" not in rows  # what was asked for is not what happened


def test_base_model_from_the_run_record_or_the_user(tmp_path):
    local, _ = _card_for(tmp_path / "a", _summary(), [_user("ada")])
    assert local.base_model is None
    hub, card = _card_for(
        tmp_path / "b", _summary(base_model_id="tiny-gpt2", base_model_origin="hub"), [_user("a")]
    )
    assert hub.base_model == "tiny-gpt2" and "http://hub.test/tiny-gpt2" in card
    named, _ = _card_for(tmp_path / "c", _summary(), [_user("ada")], base_model_id="org/base")
    assert named.base_model == "org/base"
    with pytest.raises(UserError, match="--base-model-id"):
        _card_for(tmp_path / "d", _summary(), [_user("ada")], base_model_id="not an id")


def test_data_rows_say_what_they_count(tmp_path):
    users = [_user("ada"), _user("bob")]
    users[1]["stats"] = {"downloaded": 7, "retweets": 0, "short": 1, "private": 2, "kept": 4}
    _, card = _card_for(tmp_path, _summary(), users)
    rows = {}
    for line in card.split("\n"):
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", line)[1:-1]]
        if cells:
            rows[cells[0]] = cells[1:]
    labels = {"downloaded": "Posts downloaded", "retweets": "Reposts dropped",
              "short": "Short posts dropped", "replies": "Replies dropped",
              "private": "Private dropped", "kept": "Posts kept"}  # fmt: skip
    for key, label in labels.items():
        assert rows[label] == [str(u["stats"].get(key, "")) for u in users], label


# --- avatars ----------------------------------------------------------------------------------


def _png(colour=(10, 200, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (16, 16), colour).save(out, format="PNG")
    return out.getvalue()


def test_every_user_gets_an_avatar_in_the_repo_and_the_card_links_it(tmp_path):
    from hubtools.push.modelfiles import commit_files

    users = [_user("ada", avatar_file="avatars/ada.png"), _user("bob")]
    data, run = _run(tmp_path, _summary(), users)
    (data / "avatars").mkdir()
    (data / "avatars" / "ada.png").write_bytes(_png())
    files = commit_files(run, data, [("ada", "Ada"), ("bob", "Bob")], [], card_only=True)
    assert set(files) == {"avatars/ada.png", "avatars/bob.png"}
    assert Path(files["avatars/ada.png"]).read_bytes() == _png()  # the stored image, as is
    generated = Image.open(io.BytesIO(files["avatars/bob.png"]))
    assert generated.format == "PNG" and generated.size == (400, 400)
    corner = generated.convert("RGB").getpixel((0, 0))
    from hubtools.push.modelfiles import avatar_files

    again = avatar_files(data)["bob"]["avatars/bob.png"]
    assert again == files["avatars/bob.png"]  # the same handle, the same picture
    other = Image.open(io.BytesIO(avatar_files(data)["ada"]["avatars/ada.png"].read_bytes()))
    assert other.convert("RGB").getpixel((0, 0)) != corner

    from hubtools.push.cardspec import spec_for_run

    spec = spec_for_run("org/ada-bob", data, run, template="default", endpoint="http://hub.test/",
                        widget=[], license=None)  # fmt: skip
    card = render_card(spec)
    slots = re.findall(r"display:(\w+);[^\n]*url\(&#39;(.*?)&#39;\)", card)
    assert slots == [
        ("inherit", "http://hub.test/org/ada-bob/resolve/main/avatars/ada.png"),
        ("inherit", "http://hub.test/org/ada-bob/resolve/main/avatars/bob.png"),
        ("none", ""),
    ]


# --- card render takes a catalogue entry --------------------------------------------------------


def _card_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "hubtools", "card", *args],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
    )  # fmt: skip


def test_card_render_takes_a_catalogue_entry_with_placeholders():
    proc = _card_cli("render", "cards/ada_lovecode.yaml")
    assert proc.returncode == 0, proc.stderr
    assert "| Posts downloaded | ? |" in proc.stdout and "| Posts kept | ? |" in proc.stdout
    warnings = proc.stderr.strip().splitlines()
    assert len(warnings) == 1 and "warning" in warnings[0] and "--from-hub" in warnings[0]
    assert "build" not in _front_matter(proc.stdout)


def test_card_render_from_hub_reads_the_published_counts(hub, tmp_path):
    handle = f"ada_{uuid.uuid4().hex[:6]}"
    repo_id = f"huggingtweets/{handle}"
    published = _spec(repo_id=repo_id, users=[{
        "handle": handle, "name": "Ada", "avatar_url": "https://example.org/ada.png",
        "stats": {"downloaded": 321, "retweets": 20, "short": 1, "kept": 300}}])  # fmt: skip
    HfApi().create_repo(repo_id)
    HfApi().upload_file(
        path_or_fileobj=render_card(published).encode(), path_in_repo="README.md", repo_id=repo_id
    )
    entry = tmp_path / f"{handle}.yaml"
    entry.write_text(
        f"repo_id: {repo_id}\nusers:\n- handle: {handle}\n  name: Ada Lovecode\ntemplate: default\n"
        "build:\n  sources: [x-archive:./nowhere]\n  base_model: gpt2\n"
    )
    proc = _card_cli("render", str(entry), "--from-hub")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert "| Posts downloaded | 321 |" in proc.stdout and "| Posts kept | 300 |" in proc.stdout
    assert "| Data | Ada Lovecode |" in proc.stdout  # the entry's presentation wins
    assert "https://example.org/ada.png" in proc.stdout
    missing = tmp_path / "missing.yaml"
    missing.write_text(entry.read_text().replace(repo_id, f"huggingtweets/none_{handle}"))
    proc = _card_cli("render", str(missing), "--from-hub")
    assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1, proc.stderr


def test_a_catalogue_entry_names_its_base_model_as_the_run_would(tmp_path):
    from hubtools.bulk.catalogue import load_entry
    from hubtools.cards.entry import render_input

    (tmp_path / "base").mkdir()
    (tmp_path / "base" / "config.json").write_text('{"model_type": "gpt2"}')
    entry = tmp_path / "ada.yaml"
    head = "repo_id: org/ada\nusers: [{handle: ada, name: Ada}]\n"
    entry.write_text(head + "build: {sources: [x], base_model: ./base}\n")
    draft = render_input(entry.read_text(), str(entry))
    assert draft.spec.base_model is None and draft.placeholder == "?"
    assert "a local model" in render_card(draft.spec, placeholder=draft.placeholder)

    entry.write_text(
        head + "build: {sources: [x], base_model: ./base, base_model_id: org/origin}\n"
    )
    assert render_input(entry.read_text(), str(entry)).spec.base_model == "org/origin"
    assert load_entry(entry).build_section.base_model_id == "org/origin"
    entry.write_text(head + "build: {sources: [x], base_model: ./base, base_model_id: 'a b'}\n")
    assert "base_model_id" in (load_entry(entry).error or "")


_values = st.one_of(
    st.none(), st.booleans(), st.integers(), st.text(max_size=30),
    st.lists(st.text(max_size=10), max_size=3), st.dictionaries(st.text(max_size=8), st.integers(), max_size=3),
)  # fmt: skip
_entries = st.fixed_dictionaries(
    {
        "repo_id": st.one_of(st.just("org/ada"), _values),
        "users": st.one_of(
            st.lists(
                st.fixed_dictionaries(
                    {"handle": st.one_of(st.just("ada"), _values)},
                    optional={"name": _values, "stats": _values, "avatar_url": _values},
                ),
                max_size=3,
            ),
            _values,
        ),
        "build": st.one_of(
            _values,
            st.fixed_dictionaries(
                {}, optional={"base_model": _values, "base_model_id": _values, "sources": _values}
            ),
        ),
    },
    optional={"base_model": _values, "hub_url": _values, "tags": _values, "datasets": _values},
)


@settings(max_examples=150)
@given(_entries)
def test_hostile_catalogue_entries_render_or_fail_in_one_line(tmp_path_factory, entry):
    """N=150 (about 3 s): any entry renders, or is one line naming the file."""
    from fixtures.bounded import capped

    from hubtools.cards.entry import render_input

    source = str(tmp_path_factory.getbasetemp() / "entry.yaml")

    def go() -> str:
        draft = render_input(yaml.safe_dump(entry), source)
        return render_card(draft.spec, placeholder=draft.placeholder)

    out = capped(go, max_mb=64, max_s=30)
    if out.error is not None:
        message = str(out.error)
        assert "\n" not in message and message.startswith(source), message
    else:
        assert out.value.startswith("---\n")
