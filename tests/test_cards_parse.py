"""Parsing existing cards into specs: data, repair report, layouts, what is kept verbatim."""

from __future__ import annotations

from pathlib import Path

import ftfy
import pytest
import yaml

from hubtools.cards.layouts import assign_handles, split_row
from hubtools.cards.parse import parse_card, parse_card_file
from hubtools.cards.render import render_card
from hubtools.cards.spec import CardSection
from hubtools.cards.yamlfm import split_front_matter
from hubtools.errors import UserError

EXAMPLES = Path(__file__).resolve().parent / "fixtures" / "cards" / "examples"


def example(name: str) -> str:
    return (EXAMPLES / f"{name}.md").read_text(encoding="utf-8")


def test_three_user_card_data():
    result = parse_card(example("autosport-formulaoneworld-speedcafe"))
    spec = result.spec
    assert result.layout == "huggingtweets" and result.unrepaired == [] and result.warnings == []
    assert spec.repo_id == "huggingtweets/autosport-formulaoneworld-speedcafe"
    assert [(u.handle, u.name) for u in spec.users] == [
        ("speedcafe", "Speedcafe.com"),
        ("formulaoneworld", "Formula One World"),
        ("autosport", "Autosport"),
    ]
    assert spec.users[1].stats == {"downloaded": 3247, "retweets": 2778, "short": 178, "kept": 291}
    assert spec.users[2].avatar_url.endswith("/1468895545007775746/NIWzzmye_400x400.jpg")
    assert spec.thumbnail.startswith("http://www.huggingtweets.com/")
    assert spec.widget == ["My dream is"] and spec.tags == ["huggingtweets"]
    assert spec.base_model == "gpt2" and spec.language == "en"
    t = spec.tracking
    assert (t.wandb_entity, t.wandb_project, t.data_run_id, t.train_run_id) == (
        "wandb",
        "huggingtweets",
        "kcn72bl0",
        "2fq703qs",
    )
    assert t.report_url.endswith("--VmlldzoxMTY5MjI")


def test_unrepairable_mojibake_is_reported_with_lines_and_kept():
    result = parse_card(example("barackobama-karlousm-uofofn"), source="X.md")
    assert result.unrepaired == ["ðŸ‡ðŸ‡¹"]
    assert [w.split(":")[1] for w in result.warnings] == ["23", "41", "43"]
    assert result.spec.users[0].name == "University of OnFoeNem ðŸ‡ðŸ‡¹"
    assert [u.handle for u in result.spec.users] == ["uofofn", "karlousm", "barackobama"]
    assert "🤖" in render_card(result.spec)


def test_legacy_card_data():
    result = parse_card(example("spookymachine-legacy"))
    assert result.layout == "huggingtweets-legacy"
    (user,) = result.spec.users
    assert (user.handle, user.name) == ("spookymachine", "Alea, Conjecture Of Goo")
    assert user.stats == {"downloaded": 3236, "retweets": 217, "short": 254, "kept": 2765}
    assert user.avatar_url.endswith("YmJkdku3_400x400.jpg")
    assert result.spec.tracking.train_run_id == "2g5tax8a"


def test_repaired_input_parses_the_same():
    raw = example("tdxf20")
    assert parse_card(ftfy.fix_text(raw)).spec == parse_card(raw).spec


def test_crlf_and_bom_are_read():
    raw = example("tdxf20")
    result = parse_card("\ufeff" + raw.replace("\n", "\r\n"))
    assert result.spec == parse_card(raw).spec
    assert any("line endings" in w for w in result.warnings)


def test_parse_card_file(tmp_path):
    path = tmp_path / "README.md"
    path.write_bytes(example("tdxf20").encode("utf-8"))
    assert parse_card_file(path).spec.users[0].handle == "tdxf20"
    path.write_bytes(b"\xff\xfe bad")
    with pytest.raises(UserError, match="not UTF-8"):
        parse_card_file(path)


@pytest.mark.parametrize(
    ("names", "handles", "expected"),
    [
        (
            ["Speedcafe.com", "Formula One World", "Autosport"],
            ["autosport", "formulaoneworld", "speedcafe"],
            ["speedcafe", "formulaoneworld", "autosport"],
        ),
        (
            ["Cyrus", "Aleyda Solis", "John"],
            ["aleyda", "cyrusshepard", "johnmu"],
            ["cyrusshepard", "aleyda", "johnmu"],
        ),
        (["Elon Musk", "Andrej Karpathy"], ["elonmusk", "karpathy"], ["elonmusk", "karpathy"]),
    ],
)
def test_handles_are_matched_to_names(names, handles, expected):
    assert assign_handles(names, handles) == (expected, True)


def test_unmatchable_handles_fall_back_to_reverse_order_with_a_warning():
    ordered, confident = assign_handles(["🦊", "🐻"], ["aaa", "zzz"])
    assert (ordered, confident) == (["zzz", "aaa"], False)
    card = example("autosport-formulaoneworld-speedcafe")
    for old, new in [("Speedcafe.com", "X"), ("Formula One World", "Y"), ("Autosport", "Z")]:
        card = card.replace(old, new)
    result = parse_card(card)
    assert any("check users[].handle" in w for w in result.warnings)
    assert render_card(result.spec) == ftfy.fix_text(card)


def test_hand_edits_are_kept_for_regeneration():
    card = ftfy.fix_text(example("tdxf20"))
    card = card.replace("language: en\n", "language: en\nlicense: mit\ninference: false\n")
    card = card.replace(
        "## Training procedure",
        "## Disclaimer\n\nThis is a parody account.\n\n## Training procedure",
    )
    card += "\n## Contact\n\nOpen a discussion.\n"
    result = parse_card(card, verify=True)
    spec = result.spec
    assert spec.extra_front_matter == {"license": "mit", "inference": False}
    assert spec.front_matter_order == [
        "language",
        "license",
        "inference",
        "thumbnail",
        "tags",
        "widget",
    ]
    assert spec.extra_sections == [
        CardSection("## Disclaimer\n\nThis is a parody account.\n\n", after="Training data"),
        CardSection("## Contact\n\nOpen a discussion.\n", after="About"),
    ]
    assert result.warnings == []  # verify found nothing lost
    assert render_card(spec) == card
    meta = yaml.safe_load(split_front_matter(render_card(spec, "default"))[0])
    assert meta["license"] == "mit" and meta["inference"] is False


def test_edits_inside_template_sections_are_flagged_by_verify():
    card = ftfy.fix_text(example("tdxf20")).replace("*Built by Boris Dayma*", "*Built by me*")
    result = parse_card(card, verify=True, source="R.md")
    assert any(w.startswith("R.md:") and "Built by me" in w for w in result.warnings)


def test_restyled_widget_is_read_and_quoted_again():
    card = ftfy.fix_text(example("tdxf20"))
    restyled = card.replace('- text: "My dream is"', "- text: My dream is")
    result = parse_card(restyled)
    assert result.spec.widget == ["My dream is"]
    assert render_card(result.spec) == card


def test_widget_the_spec_cannot_hold_is_kept_verbatim():
    card = ftfy.fix_text(example("tdxf20")).replace(
        '- text: "My dream is"', '- text: "My dream is"\n  example_title: Dream'
    )
    result = parse_card(card)
    assert result.spec.widget == []
    assert result.spec.extra_front_matter["widget"] == [
        {"text": "My dream is", "example_title": "Dream"}
    ]
    assert render_card(result.spec) == card


FOREIGN = """\
---
license: apache-2.0
language:
- en
- fr
library_name: peft
tags: [lora]
custom: {nested: [1, 2]}
---

# My model

Some intro.

## Usage

Call it.
"""


def test_foreign_card_keeps_everything():
    result = parse_card(FOREIGN)
    assert result.layout == "foreign"
    spec = result.spec
    assert spec.license == "apache-2.0" and spec.language == ["en", "fr"] and spec.tags == ["lora"]
    assert spec.extra_front_matter == {"library_name": "peft", "custom": {"nested": [1, 2]}}
    assert [s.markdown for s in spec.extra_sections] == [
        "# My model\n\nSome intro.\n\n",
        "## Usage\n\nCall it.\n",
    ]
    assert spec.users == [] and any("add repo_id and users" in w for w in result.warnings)


def test_broken_layout_falls_back_to_foreign():
    card = ftfy.fix_text(example("tdxf20"))
    start = card.index("| Data |")
    card = card[:start] + card[card.index("[Explore the data]") :]
    result = parse_card(card)
    assert result.layout == "foreign"
    assert any("looks like the huggingtweets layout" in w for w in result.warnings)


@pytest.mark.parametrize(
    ("front", "message"),
    [
        ("language: en\nwidget: [a\n", r"R\.md:\d+: front matter is not valid YAML"),
        ("- a\n- b\n", r"R\.md:2: front matter must be a mapping"),
        ("on: push\n", "key True is not text"),
    ],
)
def test_bad_front_matter_is_a_one_line_error(front, message):
    with pytest.raises(UserError, match=message) as info:
        parse_card(f"---\n{front}---\n\nbody\n", source="R.md")
    assert "\n" not in str(info.value)


def test_inconsistent_counts_are_reported_not_changed():
    card = ftfy.fix_text(example("tdxf20")).replace(
        "| Tweets kept | 1002 |", "| Tweets kept | 463 |"
    )
    result = parse_card(card)
    assert result.spec.users[0].stats["kept"] == 463
    assert any("kept (463)" in w for w in result.warnings)


@pytest.mark.parametrize(
    ("row", "cells"),
    [
        ("| Data | a | b |", ["Data", "a", "b"]),
        ("| Data | a \\| b | c |", ["Data", "a \\| b", "c"]),
        ("| x | a\\\\\\|b |", ["x", "a\\\\\\|b"]),
        ("| x |  |", ["x", ""]),
    ],
)
def test_split_row(row, cells):
    assert split_row(row) == cells


def test_unescaped_pipe_in_a_published_name_is_recovered_from_the_avatar_block():
    card = ftfy.fix_text(example("autosport-formulaoneworld-speedcafe")).replace(
        "Formula One World", "F1 | World"
    )
    result = parse_card(card)
    assert result.layout == "huggingtweets"
    assert [u.name for u in result.spec.users] == ["Speedcafe.com", "F1 | World", "Autosport"]
    assert "| Data | Speedcafe.com | F1 \\| World | Autosport |" in render_card(result.spec)
