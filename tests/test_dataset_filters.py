"""Filtering: every post is counted under exactly one reason, in the documented order."""

from __future__ import annotations

from fixtures.huggingtweets import NO_SURROGATES, boring_tweet, post_text, reference_clean
from hypothesis import given, settings
from hypothesis import strategies as st

from hubtools.dataset.filters import Rules, filter_posts
from hubtools.dataset.stats import DROP_REASONS, UserStats
from hubtools.sources.model import Post, PostKind

# Generated posts (words of spaced scripts, URLs, mentions, tags, emoji, entities, mojibake,
# any Unicode), plus a few texts that repeat once cleaned, so --drop-duplicates has work.
TEXTS = post_text(unspaced=False) | st.sampled_from(
    ["the same words again", "the  same words   again", "the same words\nagain", "ok"]
)
POSTS = st.lists(st.tuples(TEXTS, st.sampled_from(list(PostKind))), max_size=40)
BY_SPACES = {"segment_words": False}  # words split at spaces: huggingtweets' rule, any text


def _posts(items):
    return [Post(str(i), "ada", text, None, kind) for i, (text, kind) in enumerate(items)]


def _expected(items, rules: Rules) -> UserStats:
    """An independent count with the reference cleaning and huggingtweets' short rule
    (tests/fixtures/huggingtweets.py): walk the reasons in order, one post at a time."""
    stats = UserStats()
    seen = set()
    for text, kind in items:
        stats.downloaded += 1
        cleaned = reference_clean(text)
        if kind is PostKind.REPOST:
            stats.retweets += 1
        elif rules.drop_replies and kind is PostKind.REPLY:
            stats.replies += 1
        elif boring_tweet(cleaned, rules.min_words):
            stats.short += 1
        elif rules.drop_duplicates and cleaned in seen:
            stats.duplicates += 1
        else:
            seen.add(cleaned)
            stats.kept += 1
    return stats


@settings(max_examples=300, deadline=None)
@given(POSTS, st.booleans(), st.booleans(), st.integers(0, 5))
def test_counts_add_up_and_match_independent_count(items, replies, duplicates, min_words):
    rules = Rules(
        drop_replies=replies, drop_duplicates=duplicates, min_words=min_words, **BY_SPACES
    )
    result = filter_posts(_posts(items), rules)
    assert result.stats == _expected(items, rules)
    assert all(k.text == reference_clean(k.post.text) for k in result.kept)
    s = result.stats
    assert s.downloaded == len(items)
    assert s.downloaded == sum(getattr(s, r) for r in DROP_REASONS) + s.kept
    assert len(result.kept) == s.kept
    if not replies:
        assert s.replies == 0
    if not duplicates:
        assert s.duplicates == 0


def test_reason_order_repost_before_short_before_duplicate():
    posts = _posts(
        [
            ("RT @x: ok", PostKind.REPOST),  # short too, but a repost first
            ("@grace ok", PostKind.REPLY),  # short, and a reply: replies come first
            ("@grace thanks for that", PostKind.REPLY),
            ("ok", PostKind.ORIGINAL),
            ("ok", PostKind.ORIGINAL),  # a duplicate, but short first
            ("long enough text here", PostKind.ORIGINAL),
            ("long  enough text here", PostKind.QUOTE),  # same once cleaned
        ]
    )
    s = filter_posts(posts, Rules(drop_replies=True, drop_duplicates=True)).stats
    assert (s.downloaded, s.retweets, s.replies, s.short, s.duplicates, s.kept) == (
        7,
        1,
        2,
        2,
        1,
        1,
    )
    s = filter_posts(posts).stats  # defaults: replies and duplicates kept
    assert (s.retweets, s.replies, s.short, s.duplicates, s.kept) == (1, 0, 3, 0, 3)


def test_kept_posts_keep_order_and_cleaned_text():
    posts = _posts(
        [
            ("first post &amp; more", PostKind.ORIGINAL),
            ("RT @x: not me", PostKind.REPOST),
            ("second   post here https://t.co/a", PostKind.QUOTE),
        ]
    )
    kept = filter_posts(posts).kept
    assert [(k.post.id, k.text) for k in kept] == [
        ("0", "first post & more"),
        ("2", "second post here"),
    ]


def test_consumes_a_generator_once():
    gen = (p for p in _posts([("one two three", PostKind.ORIGINAL)] * 3))
    assert filter_posts(gen).stats.kept == 3


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 12), TEXTS, st.sampled_from(list(PostKind))), max_size=40),
    st.booleans(),
    st.integers(1, 3),
)
def test_a_repeated_id_is_one_post(items, duplicates, sources):
    """The same id again (in this source or an earlier one of the user) is a duplicate,
    whatever its kind; the first occurrence is counted as if the repeats were not there."""
    from hubtools.dataset.filters import Seen

    rules = Rules(drop_duplicates=duplicates, **BY_SPACES)
    posts = [Post(f"id{n}", "ada", text, None, kind) for n, text, kind in items]
    seen, total = Seen(), None
    for part in range(sources):  # the posts split over several sources of one user
        piece = filter_posts(posts[part::sources], rules, seen=seen)
        total = piece if total is None else total + piece
    firsts: dict[str, tuple[str, PostKind]] = {}
    order = sorted(range(len(posts)), key=lambda i: (i % sources, i // sources))
    for i in order:
        firsts.setdefault(posts[i].id, (posts[i].text, posts[i].kind))
    expected = _expected(list(firsts.values()), rules)
    expected.downloaded = len(posts)
    expected.duplicates += len(posts) - len(firsts)
    assert total.stats == expected
    kept_ids = [k.post.id for k in total.kept]
    assert len(kept_ids) == len(set(kept_ids))


def test_numbered_posts_are_scoped_by_their_input():
    """Posts without an id of their own: the same input twice repeats, another does not."""
    from hubtools.dataset.filters import Seen

    lines = [Post(str(i), "ada", f"post number {i} here", numbered=True) for i in range(1, 4)]
    seen = Seen()
    first = filter_posts(lines, seen=seen, scope=lambda: "file-a")
    again = filter_posts(lines, seen=seen, scope=lambda: "file-a")
    other = filter_posts(lines, seen=seen, scope=lambda: "file-b")
    assert (first.stats.kept, again.stats.duplicates, other.stats.kept) == (3, 3, 3)
    mixed = [Post("1", "ada", "a real id one two"), Post("1", "ada", "line one two", numbered=True)]
    assert filter_posts(mixed).stats.duplicates == 0  # line 1 is not the post with id "1"


# ---------------------------------------------------------------- every script


def test_posts_in_unspaced_scripts_are_not_one_word():
    """Japanese, Chinese and Thai write words without spaces: a sentence is many words."""
    from fixtures.posts import builders as b

    posts = [
        Post(f"{lang}{i}", "ada", text)
        for lang, texts in b.MULTILINGUAL.items()
        for i, text in enumerate(texts)
    ]
    result = filter_posts(posts)
    assert result.stats.short == 0
    assert result.stats.kept == len(posts)
    # by spaces alone (huggingtweets), most of them were "short"
    spaced = filter_posts(posts, Rules(segment_words=False)).stats
    assert spaced.short >= len(b.MULTILINGUAL["ja"]) + len(b.MULTILINGUAL["zh"])


def test_short_means_short_in_every_script():
    from fixtures.posts import builders as b

    short = [t for texts in b.SHORT_MULTILINGUAL.values() for t in texts]
    posts = [Post(str(i), "ada", t) for i, t in enumerate(short)]
    assert filter_posts(posts).stats.short == len(short)
    cases = {
        "今日は晴れ": 1,  # 今日 | は | 晴れ: three words
        "我喜欢猫": 1,  # 我 | 喜欢 | 猫
        "ありがとう！ #感謝": 0,  # one word and a hashtag
        "東京タワー @grace": 0,  # one word and a mention
        "ไปกินข้าวกัน": 1,  # ไป | กิน | ข้าว | กัน
        "👍🏽 最高！ 🎉": 1,  # three tokens by spaces: kept before ICU is asked
        "ok 👍": 0,
    }
    for text, kept in cases.items():
        assert filter_posts([Post("1", "ada", text)]).stats.kept == kept, text


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.text(
                alphabet=st.characters(
                    codec="utf-8", exclude_categories=NO_SURROGATES, exclude_characters="\x00"
                ),
                max_size=30,
            )
            | TEXTS,
            st.sampled_from(list(PostKind)),
        ),
        max_size=20,
    ),
    st.integers(0, 5),
)
def test_space_separated_text_counts_as_huggingtweets(items, min_words):
    """Text without an unspaced script is counted exactly as by spaces; any text counts at
    least as many words with ICU as by spaces (a kept post is never dropped)."""
    from hubtools.dataset.words import has_unspaced_script

    rules = Rules(min_words=min_words)
    spaced = Rules(min_words=min_words, segment_words=False)
    # By the text as cleaned (the reference's way): mojibake repair can turn Latin
    # bytes into an unspaced script ('0ä\x80\x80' is '0䀀').
    plain = [(t, k) for t, k in items if not has_unspaced_script(reference_clean(t))]
    assert filter_posts(_posts(plain), rules).stats == _expected(plain, spaced)
    with_icu, by_spaces = filter_posts(_posts(items), rules), filter_posts(_posts(items), spaced)
    assert with_icu.stats.kept >= by_spaces.stats.kept
    assert {k.post.id for k in by_spaces.kept} <= {k.post.id for k in with_icu.kept}


def test_segmenter_is_only_asked_about_unspaced_short_posts(monkeypatch):
    from hubtools.dataset import words

    asked: list[str] = []
    real = words.icu_words
    monkeypatch.setattr(words, "icu_words", lambda t: asked.append(t) or real(t))
    posts = [
        Post("1", "ada", "a long enough english post"),
        Post("2", "ada", "Привет"),  # short, but Cyrillic is written with spaces
        Post("3", "ada", "今天天气很好，我们去公园散步吧"),  # one token by spaces
        Post("4", "ada", "東京 大阪 京都"),  # three tokens: kept by spaces
    ]
    assert filter_posts(posts).stats.kept == 3
    assert asked == ["今天天气很好，我们去公园散步吧"]
