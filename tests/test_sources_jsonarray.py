"""The streaming array decoder's buffers: pieces decode to what one whole decode gives, and a
buffer is only written again once nothing decoded from it refers to it.

Decoded items may keep zero-copy views into the buffer (`msgspec.Raw`); reusing a buffer they
still point into would change them under the caller's feet.
"""

from __future__ import annotations

import io
import json
from unittest.mock import patch

import msgspec
import pytest

from hubtools.sources import jsonarray

ITEMS = [
    {"tweet": {"id_str": str(i), "full_text": f"post {i} " + "x" * (i % 37), "n": [i, {"k": i}]}}
    for i in range(300)
]


def _layout(style: str) -> bytes:
    if style == "x":  # X's two-space layout: the fast path
        return json.dumps(ITEMS, indent=2).replace('": ', '" : ').encode()
    return json.dumps(ITEMS, separators=(",", ":")).encode()  # the general scan


def _iter(data: bytes, decoder: msgspec.json.Decoder, pretty: bool):
    stream = io.BytesIO(data)
    head = jsonarray.read_block(stream, "t.json", 64)
    return jsonarray.iter_array(stream, head, 0, label="t.json", decoder=decoder,
                                max_item=1 << 20, hint="a test file", pretty=pretty)  # fmt: skip


def _pieces(data: bytes, decoder: msgspec.json.Decoder, pretty: bool) -> list:
    return list(_iter(data, decoder, pretty))


@pytest.mark.parametrize("style", ["x", "minified"])
def test_raw_views_kept_across_blocks_stay_intact(style: str):
    data = _layout(style)
    with patch.object(jsonarray, "BLOCK", 700):  # dozens of pieces
        pieces = _pieces(data, msgspec.json.Decoder(list[msgspec.Raw]), style == "x")
    assert len(pieces) > 10
    raws = [raw for _, items in pieces for raw in items]
    assert [msgspec.json.decode(raw) for raw in raws] == ITEMS
    assert [first for first, _ in pieces] == [
        sum(len(items) for _, items in pieces[:i]) for i in range(len(pieces))
    ]


@pytest.mark.parametrize("style", ["x", "minified"])
def test_pieces_equal_one_decode_when_items_are_dropped(style: str):
    data = _layout(style)
    decoder = msgspec.json.Decoder(list[dict])
    seen: list = []
    with patch.object(jsonarray, "BLOCK", 700):
        for first, items in _iter(data, decoder, style == "x"):
            assert first == len(seen)
            seen.extend(items)
            del items  # nothing refers to the buffer any more: it may be reused
    assert seen == ITEMS


def test_a_file_of_blank_space_names_how_much_was_read():
    """Leading blank space is read up to the first block, then refused, naming that size."""
    from hubtools.errors import UserError
    from hubtools.sources.ytd import iter_ytd

    size = jsonarray.head_size()
    with pytest.raises(UserError) as info:
        list(iter_ytd(io.BytesIO(b" " * (size + 10) + b"[]"), "tweets.js", msgspec.json.Decoder(list[dict]), ("tweets",)))  # fmt: skip
    assert str(info.value) == (
        f"tweets.js: starts with {size // 1024} KiB of blank space; "
        "is this a file from an X/Twitter archive?"
    )


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (700, "700 bytes"),
        (256 << 10, "256 KiB"),
        (16 << 20, "16 MiB"),
        ((1 << 20) + 1, "1,048,577 bytes"),
    ],
)
def test_sizes_in_messages_are_exact(n: int, text: str):
    assert jsonarray.size_text(n) == text
