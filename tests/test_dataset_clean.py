"""Cleaning: exact huggingtweets behaviour by default, checked against a straight port."""

from __future__ import annotations

import re

import pytest
from fixtures.huggingtweets import post_text, reference_clean
from ftfy.badness import is_bad
from hypothesis import example, given, settings
from hypothesis import strategies as st

from hubtools.dataset.clean import (
    CleanRules,
    clean_text,
    count_words,
    looks_bad,
    maybe_bad,
    remove_urls,
    remove_urls_exact,
    repair_mojibake,
)
from hubtools.dataset.filters import Rules, filter_posts
from hubtools.sources.model import Post

# ---- huggingtweets (demo notebook), copied as is: the reference the defaults must match.


def ht_fix_text(text):
    text = text.replace("&amp;", "&")
    text = text.replace("&lt;", "<")
    text = text.replace("&gt;", ">")
    return text


def ht_clean_tweet(tweet, allow_new_lines=False):
    bad_start = ["http:", "https:"]
    for w in bad_start:
        tweet = re.sub(f" {w}\\S+", "", tweet)
        tweet = re.sub(f"{w}\\S+ ", "", tweet)
        tweet = re.sub(f"\n{w}\\S+ ", "", tweet)
        tweet = re.sub(f"\n{w}\\S+", "", tweet)
        tweet = re.sub(f"{w}\\S+", "", tweet)
    tweet = re.sub(" +", " ", tweet)
    if not allow_new_lines:
        tweet = " ".join(tweet.split())
    return tweet.strip()


def ht_boring_tweet(tweet):
    boring_stuff = ["http", "@", "#"]
    not_boring_words = len(
        [None for w in tweet.split() if all(bs not in w.lower() for bs in boring_stuff)]
    )
    return not_boring_words < 3


# Text made of the pieces that matter: URL prefixes, glue characters, whitespace kinds.
PIECES = st.sampled_from(
    [
        "http:", "https:", "http", "https", "//x.co/a", "t.co/1", "(", ")", "foo", "bar", "h",
        "ttp:", "s:", " ", "  ", "\n", "\t", "\u3000", "\xa0", "@a", "#b", "HTTP://X", "é",
        "🚀", ":", "/",
    ]
)  # fmt: skip
URLISH = st.lists(PIECES, max_size=14).map("".join)


@settings(max_examples=3000, deadline=None)
@given(URLISH)
@example("a (https://t.co/x) b")
@example("foohttp://x bar")
@example("http://a https://b c")
@example("x\nhttp:a b")
@example("https://web.archive.org/http://x.com next")
@example("htthttp:a p:x ")
def test_url_removal_matches_huggingtweets(text):
    expected = " ".join(ht_clean_tweet(text).split())
    assert " ".join(remove_urls(text).split()) == expected
    assert " ".join(remove_urls_exact(text).split()) == expected
    assert clean_text(text, CleanRules(unescape_html=False, fix_mojibake=False)) == expected


@settings(max_examples=2000, deadline=None)
@given(URLISH)
def test_short_rule_matches_huggingtweets(text):
    cleaned = ht_clean_tweet(text)
    post = Post("1", "ada", text)
    rules = Rules(clean=CleanRules(unescape_html=False, fix_mojibake=False))
    result = filter_posts([post], rules)
    assert (result.stats.short == 1) == ht_boring_tweet(cleaned)
    assert count_words(cleaned) == len(
        [w for w in cleaned.split() if all(b not in w.lower() for b in ("http", "@", "#"))]
    )


BAD_ALPHABET = st.sampled_from(
    list("aeiouxyz .,!?'\n")
    + list("ÃÂâ€™œ©®°·»«¢£¥§¶¼½¾±×÷ðÐÎØÙВГРСЂў≈√‚ÄβΒΓΞΟā")
    + ["\x80", "\x9d", "\xa0", "\xad", "é", "ü", "ñ", "’", "“", "”", "🚀", "Π", "╬", "▓"]
)


@settings(max_examples=4000, deadline=None)
@given(st.lists(BAD_ALPHABET, max_size=12).map("".join))
@example("cafÃ©")
@example("donâ€™t")
@example("Ã ")
@example("œ.")
def test_looks_bad_is_ftfy_is_bad(text):
    assert looks_bad(text) == is_bad(text)


@settings(max_examples=3000, deadline=None)
@given(st.lists(BAD_ALPHABET | st.characters(exclude_categories=("Cs",)), max_size=16).map("".join))
@example("cafÃ©")
@example("it’s ’’ fine")
@example("a\x80b")
def test_maybe_bad_never_misses_what_ftfy_flags(text):
    """The quick test on the non-ASCII characters alone says "maybe" wherever ftfy's
    badness test (and its pre-filter) would match."""
    if is_bad(text) or looks_bad(text):
        assert maybe_bad(text)


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("cafÃ©", "café"),
        ("I donâ€™t know", "I don’t know"),
        ("Ã¼ber", "über"),
        ("plain text", "plain text"),
        ("café déjà vu 🚀", "café déjà vu 🚀"),  # correct text is left alone
    ],
)
def test_mojibake_repair(broken, fixed):
    assert repair_mojibake(broken) == fixed


def test_entities_all_decoded_once():
    assert clean_text("Fish &amp; chips &lt;3 &quot;yes&quot; &#39;no&#39; &eacute;") == (
        "Fish & chips <3 \"yes\" 'no' é"
    )
    assert clean_text("&amp;amp;") == "&amp;"  # decoded once, like the archive's own escaping
    assert clean_text("a &amp; b", CleanRules(unescape_html=False)) == "a &amp; b"


def test_whitespace_and_newlines():
    text = "  one\ttwo \n\n\n three   four\r\nfive  "
    assert clean_text(text) == "one two three four five"
    assert clean_text(text, CleanRules(keep_newlines=True)) == "one two\n\nthree four\nfive"


def test_urls_kept_when_asked():
    assert clean_text("see https://t.co/x now", CleanRules(remove_urls=False)) == (
        "see https://t.co/x now"
    )


def test_url_removal_on_new_lines_with_kept_newlines():
    text = "first line\nhttps://t.co/abc\nlast line https://t.co/def"
    assert clean_text(text, CleanRules(keep_newlines=True)) == "first line\nlast line"
    assert clean_text(text) == "first line last line"


def test_count_words_custom_boring():
    assert count_words("a b @c #d http://e HTTPS://f") == 2
    assert count_words("a b c", boring=("a",)) == 2


@settings(max_examples=1500, deadline=None)
@given(post_text())
@example("Fish &amp; chips https://t.co/x and more words")
@example("cafÃ© (https://t.co/y) glued words here")
@example("  spaced   out\n\ntext with emoji 🚀 ")
@example("a &amp;lt; b http://x.co&amp;y z")
@example("foohttps://t.co/x\u3000bar")
def test_cleaning_matches_the_reference_on_any_text(text):
    """What filter_posts keeps, and clean_text, equal the reference written apart from the
    code (entities, ftfy, then huggingtweets' substitutions) on generated posts: URLs whole
    and glued, mentions, tags, emoji, entities, mojibake, mixed scripts, any Unicode."""
    expected = reference_clean(text)
    assert clean_text(text) == expected
    [kept] = filter_posts([Post("1", "ada", text)], Rules(min_words=0)).kept
    assert kept.text == expected
