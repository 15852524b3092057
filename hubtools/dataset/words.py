"""Count words in every script: huggingtweets' space-separated count, and ICU for the rest.

huggingtweets called a post "short" when it had fewer than 3 whitespace-separated words free
of `http`, `@` and `#`. Japanese, Chinese, Thai, Lao, Khmer and Burmese are written without
spaces between words, so that rule sees a whole sentence as one word and drops it. Here a
whitespace token that holds such a script counts as the number of words ICU's word breaker
(dictionary-based for exactly these scripts, via `icu4py`) finds in it, and never less than
one; every other token counts as one, as before. So a count can only grow, and a post the
space-separated rule keeps is kept without ever reaching ICU: `filter_posts` asks here only
for posts that fail that rule and hold one of these scripts.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

# Scripts written without spaces between words: Han, kana, and the "complex context" scripts
# (Thai, Lao, Khmer, Myanmar, Tai Tham, ...) that Unicode's line breaking leaves to a
# dictionary. Korean (Hangul) separates words with spaces and needs no dictionary.
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Line_Break=Complex_Context}]")


def has_unspaced_script(text: str) -> bool:
    """True when `text` holds a script written without spaces (ASCII text never does)."""
    return not text.isascii() and _UNSPACED.search(text) is not None


@cache
def _breaker() -> Callable[[str, str], Iterable[str]]:
    """ICU's word breaker, imported on first use (ICU's data is ~30 MB, mapped lazily)."""
    from icu4py.breakers import WordBreaker

    return WordBreaker


def icu_words(token: str) -> int:
    """Words ICU finds in `token`: segments with a letter or digit (not spaces, punctuation
    or emoji)."""
    breaker = _breaker()(token, "und")
    return sum(1 for piece in breaker if any(c.isalnum() for c in piece))


def count_words(text: str, boring: tuple[str, ...] = ("http", "@", "#")) -> int:
    """Words free of `boring` (case-insensitive), in any script.

    A token holding `boring` counts 0, a token in a script written without spaces counts its
    ICU words (at least 1), any other token 1: for space-separated text this is exactly
    huggingtweets' count.
    """
    count = 0
    for token in text.split():
        lowered = token.lower()
        if any(b in lowered for b in boring):
            continue
        if has_unspaced_script(token):
            count += max(1, icu_words(token))
        else:
            count += 1
    return count
