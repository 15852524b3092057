"""Card specs: YAML loading with one-line errors, canonical YAML, stable hashes."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import yaml
from conftest import EXAMPLE_SPECS
from hypothesis import given, settings
from hypothesis import strategies as st

from hubtools.cards.spec import CardSection, CardSpec, CardUser, Tracking, check_spec
from hubtools.errors import UserError

MINIMAL = """\
repo_id: alice/ann
users:
- handle: ann
  name: Ann
  stats: {downloaded: 10, retweets: 1, short: 2, kept: 7}
"""


def _load(tmp_path: Path, text: str) -> CardSpec:
    path = tmp_path / "spec.yaml"
    path.write_text(text, encoding="utf-8")
    return CardSpec.from_yaml(path)


def test_minimal_spec_gets_defaults(tmp_path):
    spec = _load(tmp_path, MINIMAL)
    assert spec.repo_id == "alice/ann"
    assert spec.users == [
        CardUser("ann", "Ann", "", {"downloaded": 10, "retweets": 1, "short": 2, "kept": 7})
    ]
    assert (spec.template, spec.base_model, spec.language) == ("default", "gpt2", "en")
    assert spec.tracking == Tracking()


@pytest.mark.parametrize("path", EXAMPLE_SPECS, ids=lambda p: p.name)
def test_catalogue_specs_are_canonical(path):
    """Loading and writing a catalogue spec gives back its bytes (so diffs stay small)."""
    spec = CardSpec.from_yaml(path)
    assert spec.to_yaml() == path.read_text(encoding="utf-8")
    assert CardSpec.from_yaml_text(spec.to_yaml()) == spec


def test_catalogue_has_the_four_examples():
    assert all(path.is_file() for path in EXAMPLE_SPECS)


def test_tracking_urls_are_derived_from_ids(tmp_path):
    spec = _load(
        tmp_path,
        MINIMAL
        + "tracking: {wandb_entity: wandb, wandb_project: huggingtweets, train_run_id: abc}\n",
    )
    assert spec.tracking.train_run_url == "https://wandb.ai/wandb/huggingtweets/runs/abc"
    assert spec.tracking.data_run_url is None


def test_tracking_ids_are_derived_from_urls(tmp_path):
    spec = _load(tmp_path, MINIMAL + "tracking: {data_run_url: 'https://wandb.ai/e/p/runs/xyz'}\n")
    assert (spec.tracking.wandb_entity, spec.tracking.wandb_project) == ("e", "p")
    assert spec.tracking.data_run_id == "xyz"


@pytest.mark.parametrize(
    ("text", "field", "fix"),
    [
        ("", "the spec is empty", "repo_id and users"),
        ("- a\n- b\n", "expected a mapping", "mapping"),
        ("repo_id: [a: b\n", "line", "fix the YAML syntax"),
        ("users: []\n", "repo_id", "missing"),
        (MINIMAL.replace("alice/ann", "alice/a b"), "repo_id", "letters, digits"),
        (MINIMAL + "langauge: en\n", "langauge", "did you mean 'language'"),
        (MINIMAL + "language: no\n", "language", "quotes"),
        (MINIMAL + "language: 1.10\n", "language", "quotes"),
        (MINIMAL.replace("handle: ann", "handle: '@ann'"), "users[0].handle", "without '@'"),
        (MINIMAL.replace("handle: ann", "handle: a-b"), "users[0].handle", "joins handles"),
        (MINIMAL.replace("name: Ann", "nmae: Ann"), "users[0].nmae", "did you mean 'name'"),
        (MINIMAL.replace("  name: Ann\n", ""), "users[0].name", "missing"),
        (MINIMAL.replace("kept: 7", "kept: seven"), "users[0].stats.kept", "whole number"),
        (MINIMAL.replace("kept: 7", "kept: true"), "users[0].stats.kept", "whole number"),
        (MINIMAL.replace(", kept: 7", ""), "users[0].stats", "missing kept"),
        (
            MINIMAL.replace("  name: Ann\n", '  name: Ann\n  avatar_url: "https://x/a.png\')"\n'),
            "users[0].avatar_url",
            "percent-encode",
        ),
        (
            MINIMAL.replace("  name: Ann\n", "  name: Ann\n  avatar_url: javascript:alert(1)\n"),
            "users[0].avatar_url",
            "http",
        ),
        (MINIMAL + "thumbnail: /x.png\n", "thumbnail", "absolute"),
        (MINIMAL + "widget: My dream is\n", "widget", "list of text"),
        (MINIMAL + "eval_results: {perplexity: .nan}\n", "eval_results.perplexity", "finite"),
        (MINIMAL + "hyperparameters: {lr: !!binary aGk=}\n", "hyperparameters.lr", "unsupported"),
        (MINIMAL + "tracking: {report_url: 'ftp://x'}\n", "tracking.report_url", "http"),
        (MINIMAL + "extra_sections: [{after: About}]\n", "extra_sections[0].markdown", "missing"),
        (MINIMAL + "spec_version: 9\n", "spec_version", "version 1"),
        (
            MINIMAL
            + "- handle: ANN\n  name: Ann again\n  stats: {downloaded: 1, retweets: 0, short: 0, kept: 1}\n",
            "users[1].handle",
            "appears twice",
        ),
    ],
)
def test_bad_specs_fail_with_one_line_naming_file_field_and_fix(tmp_path, text, field, fix):
    with pytest.raises(UserError) as info:
        _load(tmp_path, text)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(str(tmp_path / "spec.yaml") + ": ")
    assert field in message
    assert fix in message


def test_missing_and_unreadable_files(tmp_path):
    with pytest.raises(UserError, match="no such spec file"):
        CardSpec.from_yaml(tmp_path / "nope.yaml")
    (tmp_path / "latin1.yaml").write_bytes("repo_id: caf\xe9\n".encode("latin-1"))
    with pytest.raises(UserError, match="UTF-8"):
        CardSpec.from_yaml(tmp_path / "latin1.yaml")


def test_check_spec_guards_specs_built_in_python():
    spec = CardSpec(repo_id="a/b", users=[CardUser("b", "B", "", {"downloaded": 1})])
    with pytest.raises(UserError, match=r"users\[0\]\.stats: missing retweets, short, kept"):
        check_spec(spec)
    spec.users[0].stats = {"downloaded": 1, "retweets": 0, "short": 0, "kept": 1}
    check_spec(spec)
    spec.users[0].avatar_url = "https://x/a.png')"
    with pytest.raises(UserError, match="avatar_url"):
        check_spec(spec)


def test_spec_hash_is_stable_and_sensitive(tmp_path):
    a = _load(tmp_path, MINIMAL)
    b = _load(tmp_path, "# a comment\n" + MINIMAL.replace("{downloaded: 10", "{ downloaded:   10"))
    assert a.spec_hash() == b.spec_hash()
    assert len(a.spec_hash()) == 64
    c = dataclasses.replace(a, widget=["My dream is"])
    assert c.spec_hash() != a.spec_hash()
    d = dataclasses.replace(a, hyperparameters={"lr": 1e-4, "epochs": 4})
    e = dataclasses.replace(a, hyperparameters={"epochs": 4, "lr": 1e-4})
    assert d.spec_hash() != e.spec_hash()  # the table order differs, so the card does


def test_joined_handles_sort_like_huggingtweets():
    spec = CardSpec(
        repo_id="x/y",
        users=[CardUser(h, h, "", {}) for h in ["speedcafe", "formulaoneworld", "Autosport"]],
    )
    assert spec.joined_handles == "Autosport-formulaoneworld-speedcafe"


texts = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=30)


@settings(max_examples=150, deadline=None)
@given(
    name=texts,
    # Prompts may hold any text but control characters (tab and newline are fine).
    widget=st.lists(
        st.text(st.characters(blacklist_categories=("Cs", "Cc"), whitelist_characters="\t\n")),
        max_size=3,
    ),
    extra=st.dictionaries(
        st.text(min_size=1, max_size=10),
        st.one_of(st.text(), st.integers(), st.booleans(), st.none()),
        max_size=3,
    ),
    markdown=st.text(),
)
def test_spec_yaml_round_trip(name, widget, extra, markdown):
    spec = CardSpec(
        repo_id="alice/ann",
        users=[CardUser("ann", name, "", {"downloaded": 1, "retweets": 0, "short": 0, "kept": 1})],
        widget=widget,
        extra_front_matter=extra,
        extra_sections=[CardSection(markdown, "About")],
    )
    again = CardSpec.from_yaml_text(spec.to_yaml())
    assert again == spec
    assert again.spec_hash() == spec.spec_hash()
    assert yaml.safe_load(spec.to_yaml())["users"][0]["name"] == name


def test_tracking_is_canonical_however_it_is_built():
    built = Tracking(train_run_url="https://wandb.ai/e/p/runs/r1")
    assert (built.wandb_entity, built.wandb_project, built.train_run_id) == ("e", "p", "r1")
    spec = CardSpec.from_yaml_text(MINIMAL)
    spec.tracking = built
    assert CardSpec.from_yaml_text(spec.to_yaml()).spec_hash() == spec.spec_hash()


@pytest.mark.parametrize(
    ("field", "value", "where"),
    [
        ("eval_results", {"perplexity": None}, "eval_results.perplexity"),
        ("eval_results", {"loss": float("inf")}, "eval_results.loss"),
        ("hyperparameters", {"out": Path("/tmp")}, "hyperparameters.out"),
        ("extra_front_matter", {"x": {1, 2}}, "extra_front_matter.x"),
    ],
)
def test_check_spec_rejects_values_that_cannot_be_written(field, value, where):
    spec = dataclasses.replace(CardSpec.from_yaml_text(MINIMAL), **{field: value})
    with pytest.raises(UserError, match=where.replace(".", r"\.")):
        check_spec(spec)
