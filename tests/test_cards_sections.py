"""Splitting card bodies at headings and putting hand-written sections back in place."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from hubtools.cards.sections import insert_sections, split_sections
from hubtools.cards.spec import CardSection

BODY = """\
intro

## One

text
```python
## not a heading (in a fence)
```

# Two #

more
"""


def test_split_at_level_one_and_two_headings_outside_fences():
    chunks = split_sections(BODY)
    assert [c.title for c in chunks] == [None, "One", "Two"]
    assert "## not a heading" in chunks[1].text
    assert "".join(c.text for c in chunks) == BODY


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["## A\n", "# B\n", "text\n", "\n", "```\n", "~~~\n", "#x\n", "### C\n", "## \n"]
        ),
        max_size=30,
    )
)
def test_chunks_always_concatenate_back(lines):
    body = "".join(lines)
    assert "".join(c.text for c in split_sections(body)) == body


def test_insert_after_anchor_before_first_and_at_end():
    body = "pre\n\n## A\n\na\n\n## B\n\nb\n"
    out = insert_sections(
        body,
        [
            CardSection("## X\n\nx\n\n", after="A"),
            CardSection("## Y\n\ny\n", after="B"),
            CardSection("## Z\n\nz\n\n", after=None),
            CardSection("## W\n\nw\n", after="Gone"),
        ],
    )
    assert out == (
        "pre\n\n## Z\n\nz\n\n## A\n\na\n\n## X\n\nx\n\n## B\n\nb\n\n## Y\n\ny\n\n## W\n\nw\n"
    )


def test_sections_without_trailing_blank_line_are_separated():
    out = insert_sections("## A\n\na\n\n## B\n\nb\n", [CardSection("## X\nx", after="A")])
    assert out == "## A\n\na\n\n## X\nx\n\n## B\n\nb\n"


def test_nothing_to_insert_returns_body_unchanged():
    assert insert_sections(BODY, []) is BODY
