"""Hostile YAML: alias bombs, cycles, deep nesting and huge documents, wherever YAML is read.

Every YAML load in hubtools goes through `hubtools.safe_yaml`, which checks the composed
node graph before building any data. These tests plant the bombs where a user or a Hub
repo can put them (a card spec, a catalogue entry, a README's front matter, the local
Hub's accounts file) and check each reader refuses them at once, in one line.
"""

from __future__ import annotations

import json
import os
import re
import urllib.request
import uuid
from pathlib import Path

import pytest
import yaml
from conftest import ALICE_TOKEN
from fixtures.bounded import assert_one_line, capped, capped_cli
from hypothesis import given, settings
from hypothesis import strategies as st

from hubtools import safe_yaml
from hubtools.bulk.catalogue import load_entry
from hubtools.cards.lint import lint_card
from hubtools.cards.parse import parse_card, parse_card_file
from hubtools.cards.spec import CardSpec
from hubtools.errors import UserError
from hubtools.localhub.accounts import load_accounts
from hubtools.localhub.metadata import MetadataError, front_matter, validate

EXAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "cards" / "examples"
TWO_USERS = Path(__file__).resolve().parents[1] / "fixtures" / "cards" / "two-users.yaml"


def billion_laughs(levels: int = 9, width: int = 9) -> str:
    """The classic: each anchor holds `width` aliases of the one before (width**levels items)."""
    lines = ["lol0: &lol0 [" + ", ".join(['"lol"'] * width) + "]"]
    for i in range(1, levels):
        lines.append(f"lol{i}: &lol{i} [" + ", ".join([f"*lol{i - 1}"] * width) + "]")
    return "\n".join(lines) + "\n"


def block_bomb(levels: int = 12) -> str:
    """Block style, two aliases a level, each level a mapping: 2**levels mappings."""
    lines = ["b0: &b0 {k: vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv}"]
    for i in range(1, levels + 1):
        lines += [f"b{i}: &b{i}", f"  - *b{i - 1}", f"  - *b{i - 1}"]
    return "\n".join(lines) + "\n"


BOMBS = {
    "billion-laughs": billion_laughs(),
    "block-doubling": block_bomb(24),
    "many-aliases": "x: &x 1\nys: [" + ", ".join(["*x"] * 500) + "]\n",
    "recursive": "a: &a [1, *a]\n",
    "recursive-mapping": "a: &a {self: *a}\n",
    "deep-flow": "a: " + "[" * 500 + "]" * 500 + "\n",
    "deep-block": "a:\n" + "".join("  " * i + "- \n" for i in range(1, 300)),
    "huge-scalar": 'a: "' + "x" * (3 << 20) + '"\n',
}


def bomb_readme(bomb: str = BOMBS["billion-laughs"]) -> str:
    return "---\nlanguage: en\n" + bomb + "---\n\n# A card\n\nText.\n"


def bomb_spec(bomb: str = BOMBS["billion-laughs"]) -> str:
    spec = TWO_USERS.read_text(encoding="utf-8")
    return spec.replace(
        "hyperparameters:",
        "extra_front_matter:\n  " + bomb.replace("\n", "\n  ") + "\nhyperparameters:",
        1,
    )


def test_the_bombs_are_small():
    assert len(BOMBS["billion-laughs"]) < 1024
    assert len(bomb_readme()) < 1100


@pytest.mark.parametrize("name", sorted(BOMBS))
def test_safe_yaml_refuses_each_bomb_before_expanding(name):
    out = capped(lambda: safe_yaml.load(BOMBS[name], source="bomb.yaml"), max_mb=64, max_s=60)
    assert isinstance(out.error, safe_yaml.YamlRefused), out.value
    assert str(out.error).startswith("bomb.yaml: YAML refused: ")


def test_a_few_aliases_still_load():
    text = "base: &b {lr: 0.1, epochs: 3}\nrun1: *b\nrun2: {<<: *b, epochs: 4}\nlist: [*b, *b]\n"
    assert safe_yaml.load(text) == yaml.safe_load(text)


json_like = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(st.characters(blacklist_categories=("Cs",)), max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=30,
)


@settings(max_examples=200)
@given(data=json_like, flow=st.booleans())
def test_safe_yaml_reads_what_safe_load_reads(data, flow):
    text = yaml.safe_dump({"root": data}, default_flow_style=flow, allow_unicode=True)
    assert safe_yaml.load(text) == yaml.safe_load(text)


def test_limits_are_configurable_and_say_which_one_was_hit():
    with pytest.raises(safe_yaml.YamlRefused, match="more than 2 aliases"):
        safe_yaml.load("a: &a 1\nb: [*a, *a, *a]\n", limits=safe_yaml.Limits(max_aliases=2))
    with pytest.raises(safe_yaml.YamlRefused, match="deeper than 3 levels"):
        safe_yaml.load("a: [[[1]]]\n", limits=safe_yaml.Limits(max_depth=3))
    with pytest.raises(safe_yaml.YamlRefused, match="characters, over"):
        safe_yaml.load("a: 1\n", limits=safe_yaml.Limits(max_chars=3))


# --- each reader ----------------------------------------------------------------------


@pytest.mark.parametrize("name", ["billion-laughs", "block-doubling", "recursive", "deep-flow"])
def test_spec_loader_refuses_bombs(name):
    out = capped(
        lambda: CardSpec.from_yaml_text(bomb_spec(BOMBS[name]), source="cards/x.yaml"), max_mb=64
    )
    assert out.error is not None and str(out.error).startswith("cards/x.yaml: YAML refused")


@pytest.mark.parametrize("name", ["billion-laughs", "block-doubling", "recursive", "deep-flow"])
def test_parse_and_lint_refuse_front_matter_bombs(name):
    text = bomb_readme(BOMBS[name])
    parsed = capped(lambda: parse_card(text, source="x/README.md"), max_mb=64)
    assert parsed.error is not None and "x/README.md:2: front matter: YAML refused" in str(
        parsed.error
    )
    linted = capped(lambda: lint_card(text, "x/README.md"), max_mb=64)
    assert linted.error is not None and "x/README.md:2: front matter: YAML refused" in str(
        linted.error
    )


def test_catalogue_entry_with_a_bomb_is_a_failed_entry(tmp_path):
    path = tmp_path / "bomb.yaml"
    path.write_text(bomb_spec(), encoding="utf-8")
    out = capped(lambda: load_entry(path), max_mb=64)
    assert out.value.error.startswith(f"{path}: YAML refused")
    assert_one_line(out.value.error)


def test_local_hub_accounts_file_with_a_bomb_is_refused(tmp_path):
    path = tmp_path / "accounts.yaml"
    path.write_text("users: []\n" + billion_laughs(), encoding="utf-8")
    out = capped(lambda: load_accounts(path), max_mb=64)
    assert isinstance(out.error, UserError) and str(out.error).startswith(str(path))


@pytest.mark.parametrize("command", ["render", "parse", "lint"])
def test_card_commands_refuse_bombs_in_one_line(command, tmp_path):
    path = tmp_path / ("bomb.yaml" if command == "render" else "README.md")
    path.write_text(bomb_spec() if command == "render" else bomb_readme(), encoding="utf-8")
    run = capped_cli(["card", command, str(path)], max_rss_mb=300, timeout=120)
    assert run.returncode == 2, run.stderr
    assert str(path) in run.stderr and "YAML refused" in run.stderr
    assert run.stdout == ""


# --- the Hub side ---------------------------------------------------------------------


def _raw_commit(url: str, repo_id: str, readme: str) -> None:
    """Plant a README the way a Hub that accepted it long ago would serve it (no validate-yaml)."""
    import base64

    lines = [
        {"key": "header", "value": {"summary": "plant", "description": ""}},
        {
            "key": "file",
            "value": {
                "path": "README.md",
                "content": base64.b64encode(readme.encode()).decode(),
                "encoding": "base64",
            },
        },
    ]
    req = urllib.request.Request(
        f"{url}/api/models/{repo_id}/commit/main",
        data="\n".join(json.dumps(line) for line in lines).encode(),
        headers={"Authorization": f"Bearer {ALICE_TOKEN}", "Content-Type": "application/x-ndjson"},
    )
    urllib.request.urlopen(req, timeout=60).read()


def _anonymous_get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=60) as answer:
        return answer.read()


def _peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmHWM")


def test_local_hub_serves_no_card_data_for_a_bomb_readme(own_hub):
    from huggingface_hub import HfApi

    server = own_hub()
    api = HfApi(endpoint=server.url, token=ALICE_TOKEN)
    repo_id = f"alice/bomb-{uuid.uuid4().hex[:8]}"
    api.create_repo(repo_id)
    _raw_commit(server.url, repo_id, bomb_readme())

    info = capped(lambda: api.model_info(repo_id), max_mb=64, max_s=60).value
    assert info.card_data is None
    listed = capped(
        lambda: list(
            HfApi(endpoint=server.url, token=False).list_models(
                search=repo_id.split("/")[1], cardData=True
            )
        ),
        max_mb=64,
        max_s=60,
    ).value
    assert [m.id for m in listed] == [repo_id] and listed[0].card_data is None
    for path in (f"/api/models/{repo_id}", "/api/models?search=bomb-&cardData=true&full=true"):
        body = _anonymous_get(server.url + path)
        assert len(body) < 64 * 1024, f"{path}: {len(body)} bytes"
    assert _peak_rss_mb(server.proc.pid) < 300

    # The real client checks a README with the Hub before committing it: refused, not hung.
    with pytest.raises(Exception, match=r"(?i)yaml"):
        capped(
            lambda: api.upload_file(
                path_or_fileobj=bomb_readme().encode(), path_in_repo="README.md", repo_id=repo_id
            ),
            max_mb=64,
            max_s=60,
        )


def test_regen_skips_a_bomb_readme_and_regenerates_the_others(clean_hub, tmp_path):
    from huggingface_hub import CommitOperationAdd, HfApi

    api = HfApi()
    prefix = f"hb{uuid.uuid4().hex[:8]}"
    readmes = {
        "tdxf20": (EXAMPLES / "tdxf20.md").read_text(encoding="utf-8"),
        "legacy": (EXAMPLES / "spookymachine-legacy.md").read_text(encoding="utf-8"),
        "bomb": bomb_readme(),
    }
    repos = {}
    for key, readme in readmes.items():
        repo_id = f"huggingtweets/{prefix}-{key}"
        api.create_repo(repo_id)
        api.create_commit(repo_id, [CommitOperationAdd("config.json", b"{}")], commit_message="m")
        _raw_commit(clean_hub.url, repo_id, readme)
        repos[key] = repo_id

    run = capped_cli(
        [
            *("card", "regen", "--author", "huggingtweets", "--search", prefix),
            *("--ledger", str(tmp_path / "ledger.jsonl"), "--json", "--template", "huggingtweets"),
        ],
        max_rss_mb=300,
        timeout=300,
        env={"HF_TOKEN": ALICE_TOKEN, "HF_ENDPOINT": os.environ["HF_ENDPOINT"]},
    )
    assert run.returncode == 0, run.stderr
    results = {o["repo_id"]: o for o in json.loads(run.stdout)}
    assert results[repos["tdxf20"]]["result"] == "updated"
    assert results[repos["legacy"]]["result"] == "updated"
    bomb = results[repos["bomb"]]
    assert bomb["result"] == "skipped"
    assert "YAML refused" in bomb["reason"] and repos["bomb"] in bomb["reason"]
    assert_one_line(bomb["reason"])


# --- fuzz: YAML-ish documents through every reader ------------------------------------

TOKENS = [
    "&a ", "*a", "&b ", "*b", "&c ", "*c", "[", "]", "{", "}", ": ", ", ", "- ", "? ", "\n",
    "  ", "'", '"', "|", ">", "#", "<<: ", "!!str ", "!!binary ", "!!python/object:os.system ",
    "!!set ", "!!omap ", "!!timestamp ", "%YAML 1.1\n", "---\n", "...\n", "\t", "\ufeff", "\x00",
    "\\", "repo_id: ", "users:", "language: ", "tags:", "datasets: ", "widget:", "- text: ",
    "handle: ", "name: ", "stats: ", "no", "1.10", "0o17", "2024-02-30", "~", "null", "🤖",
]  # fmt: skip


def _nested(depth: int, flow: bool) -> str:
    if flow:
        return "k: " + "[" * depth + "x" + "]" * depth + "\n"
    return "k:\n" + "".join("  " * i + "- \n" for i in range(1, depth)) + "  " * depth + "- x\n"


yamlish = st.one_of(
    st.lists(st.sampled_from(TOKENS) | st.text(max_size=6), max_size=80).map("".join),
    st.builds(billion_laughs, st.integers(1, 12), st.integers(1, 12)),
    st.builds(block_bomb, st.integers(1, 40)),
    st.builds(_nested, st.integers(1, 1200), st.booleans()),
    st.builds(lambda n, q: f"k: {q}" + "x" * n + f"{q}\n", st.integers(0, (1 << 20) + 10), st.sampled_from(["", '"', "'"])),
)  # fmt: skip


def _readme(front: str, body: str) -> str:
    return f"---\n{front}\n---\n\n{body}"


# Readers of untrusted YAML, each under the memory and hang caps; N examples each.
@settings(max_examples=150)
@given(doc=yamlish)
def test_fuzz_spec_loader(doc):
    capped(lambda: CardSpec.from_yaml_text(doc, source="spec.yaml"), max_mb=128, max_s=60)


@settings(max_examples=150)
@given(doc=yamlish, body=st.text(max_size=200))
def test_fuzz_parse(doc, body):
    capped(lambda: parse_card(_readme(doc, body), source="README.md"), max_mb=128, max_s=60)


@settings(max_examples=150)
@given(doc=yamlish, body=st.text(max_size=200))
def test_fuzz_lint(doc, body):
    capped(lambda: lint_card(_readme(doc, body), "README.md"), max_mb=128, max_s=60)


@settings(max_examples=100)
@given(front=st.binary(max_size=200), body=st.binary(max_size=200), valid=yamlish)
def test_fuzz_bad_utf8_through_parse_and_lint(front, body, valid, tmp_path_factory):
    data = b"---\n" + valid.encode("utf-8", "surrogatepass") + front + b"\n---\n" + body
    path = tmp_path_factory.mktemp("utf8") / "README.md"
    path.write_bytes(data)
    capped(lambda: parse_card_file(path), max_mb=128, max_s=60)
    capped(lambda: lint_card(data, str(path)), max_mb=128, max_s=60)


@settings(max_examples=100)
@given(doc=yamlish)
def test_fuzz_local_hub_front_matter(doc):
    out = capped(lambda: _hub_front_matter(_readme(doc, "# x\n")), max_mb=128, max_s=60)
    assert out.value is None or isinstance(out.value, dict)
    capped(lambda: validate(_readme(doc, "# x\n")), max_mb=128, max_s=60)


def _hub_front_matter(text: str) -> dict | None:
    try:
        return front_matter(text)
    except MetadataError:
        return None


def test_every_yaml_load_goes_through_safe_yaml():
    """A new `yaml.safe_load` somewhere would bring the bombs back; only safe_yaml may load."""
    package = Path(__file__).resolve().parents[2] / "hubtools"
    loads = re.compile(r"\byaml\.(?:safe_load|load|full_load|unsafe_load|compose|load_all|parse)\(")
    loaders = re.compile(r"\b(?:C?SafeLoader|C?FullLoader|C?UnsafeLoader|C?Loader)\b")
    offenders = [
        f"{path.relative_to(package.parent)}:{number}: {line.strip()}"
        for path in sorted(package.rglob("*.py"))
        if path.name != "safe_yaml.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if loads.search(line) or loaders.search(line)
    ]
    assert offenders == []
