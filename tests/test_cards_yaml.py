"""The front-matter emitter: every value round-trips through yaml.safe_load, in a readable style."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from hubtools.cards.yamlfm import (
    dump_front_matter,
    dump_yaml,
    is_plain_safe,
    merge_front_matter,
    split_front_matter,
)

TRAPS = [
    "no",
    "No",
    "NO",
    "yes",
    "on",
    "off",
    "y",
    "n",
    "true",
    "null",
    "~",
    "",
    " ",
    "1.10",
    "1e3",
    "0755",
    "0x1F",
    "1:30",
    ".inf",
    "-.nan",
    "---",
    "...",
    "- item",
    "? key",
    "a: b",
    "a:",
    "key #comment",
    "#hash",
    "'quoted'",
    '"dq"',
    "&anchor",
    "*alias",
    "!tag",
    "%directive",
    "@at",
    "`tick",
    "|",
    ">",
    "line\nbreak",
    "trailing\n",
    "\n",
    "tab\there",
    "cr\rlf",
    "nel\x85x",
    "ls\u2028x",
    "bom\ufeff",
    "\x00nul",
    "🤖 AI BOT 🤖",
    "🇹🇹",
    "שלום עולם",  # RTL
    "مرحبا",
    "\u202eRTL override",
    "ðŸ‡ðŸ‡¹",
    "My dream is",
    "2021-05-07",
]

scalars = st.one_of(
    st.sampled_from(TRAPS),
    st.text(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False),
    st.booleans(),
    st.none(),
)
keys = st.one_of(st.sampled_from(TRAPS), st.text())
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(keys, values, min_size=1, max_size=6))
def test_front_matter_round_trips_any_value(data):
    block = dump_front_matter(data)
    yaml_text, body, _ = split_front_matter(block + "\nbody\n")
    assert body == "\nbody\n"
    assert yaml.safe_load(yaml_text) == data


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(keys, values, min_size=1, max_size=6))
def test_spec_style_round_trips_any_value(data):
    assert yaml.safe_load(dump_yaml(data, spec_style=True)) == data


@pytest.mark.parametrize("value", TRAPS)
def test_every_trap_round_trips_as_text_value_and_key(value):
    data = {"k": value, value: [value], "nested": {"widget": [{"text": value}]}}
    assert yaml.safe_load(dump_front_matter(data).strip().strip("-")) == data


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"widget": [{"text": "My dream is"}]}, 'widget:\n- text: "My dream is"\n'),
        ({"language": "en"}, "language: en\n"),
        ({"language": "no"}, 'language: "no"\n'),
        ({"on": "push"}, '"on": push\n'),
        ({"version": "1.10"}, 'version: "1.10"\n'),
        ({"tags": ["huggingtweets"]}, "tags:\n- huggingtweets\n"),
        (
            {"thumbnail": "https://x.org/a-b/1/p.png?raw=true"},
            "thumbnail: https://x.org/a-b/1/p.png?raw=true\n",
        ),
        ({"k": "---"}, 'k: "---"\n'),
        ({"k": "a\nb"}, 'k: "a\\nb"\n'),
        ({"k": "🤖 hi"}, 'k: "🤖 hi"\n'),
        ({"k": "\\U0001F916 🤖"}, 'k: "\\\\U0001F916 🤖"\n'),
    ],
)
def test_quoting_style(data, expected):
    assert dump_yaml(data) == expected
    assert dump_front_matter(data) == f"---\n{expected}---\n"


def test_emoji_stays_readable_in_front_matter():
    block = dump_front_matter({"widget": [{"text": "I love 🤖 and 🇹🇹"}]})
    assert "🤖" in block and "\\U" not in block
    assert yaml.safe_load(block.strip("-\n")) == {"widget": [{"text": "I love 🤖 and 🇹🇹"}]}


def test_long_strings_are_not_folded():
    text = "word " * 100 + "end"
    assert dump_yaml({"k": text}).count("\n") == 1


def test_multiline_text_is_a_literal_block_in_spec_files():
    out = dump_yaml({"markdown": "## Notes\n\nKept.\n"}, spec_style=True)
    assert out == "markdown: |\n  ## Notes\n\n  Kept.\n"


def test_dates_and_tuples_are_written_as_yaml():
    out = dump_yaml({"d": dt.date(2021, 5, 7), "t": (1, 2)})
    assert yaml.safe_load(out) == {"d": dt.date(2021, 5, 7), "t": [1, 2]}


def test_unsupported_values_are_refused_not_tagged():
    with pytest.raises(TypeError, match="cannot write"):
        dump_yaml({"k": object()})
    with pytest.raises(TypeError):
        dump_front_matter({"k": {1, 2}})


def test_empty_front_matter_is_omitted():
    assert dump_front_matter({}) == ""


@pytest.mark.parametrize("text", ["en", "text-generation", "https://a.b/c", "gpt2"])
def test_plain_safe(text):
    assert is_plain_safe(text)


@pytest.mark.parametrize("text", ["no", "Off", "1.10", "a b", "a:", "", "-x", "True", "null"])
def test_not_plain_safe(text):
    assert not is_plain_safe(text)


def test_merge_keeps_recorded_order_and_places_new_keys_after_their_neighbour():
    owned = {"language": "en", "license": "mit", "thumbnail": "https://x/y.png", "tags": ["a"]}
    extra = {"inference": False, "co2": 1}
    order = ["tags", "inference", "language", "thumbnail", "co2"]
    merged = merge_front_matter(owned, extra, order)
    assert list(merged) == ["tags", "inference", "language", "license", "thumbnail", "co2"]


def test_merge_owned_wins_unless_empty():
    merged = merge_front_matter(
        {"license": "mit", "widget": [], "thumbnail": None},
        {"license": "gpl", "widget": [{"src": "x"}], "thumbnail": "https://t/x.png"},
    )
    assert merged == {
        "license": "mit",
        "widget": [{"src": "x"}],
        "thumbnail": "https://t/x.png",
    }


@pytest.mark.parametrize(
    ("card", "expected_yaml", "expected_line"),
    [
        ("---\na: 1\n---\nbody", "a: 1", 2),
        ("\n---\r\na: 1\r\n---\r\nbody", "a: 1\r", 3),
        ("no front matter", None, 0),
    ],
)
def test_split_front_matter(card, expected_yaml, expected_line):
    yaml_text, _, line = split_front_matter(card)
    assert (yaml_text.rstrip("\r") if yaml_text else yaml_text) == (
        expected_yaml.rstrip("\r") if expected_yaml else expected_yaml
    )
    assert line == expected_line


def test_shared_objects_are_written_twice_not_aliased():
    tags = ["a", "b"]
    for out in (dump_yaml({"x": tags, "y": tags}), dump_front_matter({"x": tags, "y": tags})):
        assert "&" not in out and "*" not in out
        assert out.count("- a") == 2
