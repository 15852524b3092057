"""Text cleaning, reproducing huggingtweets' `fix_text` + `clean_tweet` by default.

huggingtweets (demo notebook) did, per tweet:

    fix_text:    replace &amp; &lt; &gt;          (we decode every entity: html.unescape)
    clean_tweet: for w in ('http:', 'https:'):
                     re.sub(f' {w}\\S+', '', t); re.sub(f'{w}\\S+ ', '', t)
                     re.sub(f'\\n{w}\\S+ ', '', t); re.sub(f'\\n{w}\\S+', '', t)
                     re.sub(f'{w}\\S+', '', t)
                 re.sub(' +', ' ', t); ' '.join(t.split()); t.strip()

Those ten substitutions mostly delete every whitespace-separated word that starts with
`http:`/`https:`, but not always: a URL glued to a word (`(https://x.co)`, `foohttp://x`) is
cut out together with the space after it, which glues the neighbours (`(` + next word). To
reproduce the counts exactly, `clean_text` uses the word-level shortcut only when every URL
is a whole word (then both give the same result, which the property tests check), and runs
the original substitutions otherwise. Text without `http:`/`https:` skips all of it.

Before that, mojibake is repaired with `ftfy.fix_encoding`, only for text that ftfy's own
badness test (`ftfy.badness.is_bad`, which `fix_encoding` starts with) flags. That test is one
big regex costing ~20 us per post, so `looks_bad` first runs a cheap regex that every
mojibake match also matches (see `_prefilter`); the property tests check both agree.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from ftfy import fix_encoding
from ftfy.badness import BADNESS_RE

_URL_SUBS = [
    re.compile(pattern.format(w=w))
    for w in ("http:", "https:")
    for pattern in (" {w}\\S+", "{w}\\S+ ", "\n{w}\\S+ ", "\n{w}\\S+", "{w}\\S+")
]
_SPACES = re.compile(" +")


@dataclass(frozen=True)
class CleanRules:
    """What cleaning does; the defaults are huggingtweets' (with every entity decoded)."""

    unescape_html: bool = True
    fix_mojibake: bool = True
    remove_urls: bool = True
    keep_newlines: bool = False


def remove_urls_exact(text: str) -> str:
    """huggingtweets' ten URL substitutions, in their order."""
    for pattern in _URL_SUBS:
        text = pattern.sub("", text)
    return text


# A whole word that `{w}\S+` deletes: `http:`/`https:` followed by at least one character.
# (It starts with a literal, so the regex engine finds candidates with a fast scan.)
_URL_TOKEN = re.compile(r"https?:\S+")


def has_glued_url(text: str) -> bool:
    """True when a `http:`/`https:` follows a non-space (`(https://`, `foohttp://`): the one
    case where huggingtweets' substitutions do more than delete whole words."""
    i = text.find("http", 1)
    while i != -1:
        if not text[i - 1].isspace() and text.startswith(("http:", "https:"), i):
            return True
        i = text.find("http", i + 4)
    return False


def remove_urls(text: str) -> str:
    r"""Same result as `remove_urls_exact` once whitespace is collapsed, usually faster.

    Without glued URLs every `http:`/`https:` starts a word, so deleting each `https?:\S+`
    deletes exactly the words the substitutions delete, and no space that matters.
    """
    if has_glued_url(text):
        return remove_urls_exact(text)
    return _URL_TOKEN.sub("", text)


def _prefilter() -> re.Pattern[str]:
    """A cheap regex that matches wherever ftfy's BADNESS_RE can match, and more.

    Every alternative of BADNESS_RE needs either two adjacent characters that are written in
    the pattern (its character classes and literals: accented letters, currency, box drawing,
    Greek, Cyrillic, ...), or one of a few characters that are bad on their own (C1 controls,
    `Œ`/`œ` before a non-letter, `Ã`/`Â` before a space).
    """
    pattern = BADNESS_RE.pattern
    ranges = set(re.findall(r"([^\x00-\x7f])-([^\x00-\x7f])", pattern))
    chars = {c for c in pattern if ord(c) > 127} | {"\xa0", "\xad"}  # written as escapes
    body = "".join(re.escape(c) for c in sorted(chars))
    body += "".join(f"{re.escape(a)}-{re.escape(b)}" for a, b in sorted(ranges))
    return re.compile(f"[{body}][{body}]|[\x80-\x9fŒœÃÂ]")


_PREFILTER = _prefilter()


def looks_bad(text: str) -> bool:
    """Exactly `ftfy.badness.is_bad(text)` (~20 us a post), with a cheap test first.

    Accented text, emoji and curly quotes rarely pass the pre-filter, so most posts never
    reach the big regex.
    """
    return _PREFILTER.search(text) is not None and BADNESS_RE.search(text) is not None


def repair_mojibake(text: str) -> str:
    """ftfy's encoding fix for text that looks like mojibake (`cafÃ©` -> `café`)."""
    if text.isascii() or not looks_bad(text):
        return text
    return fix_encoding(text)


def clean_text(text: str, rules: CleanRules = CleanRules()) -> str:
    """One post's text as it goes into the dataset."""
    return cleaner(rules)(text)[0]


_ASCII_BYTES = bytes(range(128))
_VERDICTS: dict[bytes, bool] = {}  # maybe_bad of the non-ASCII bytes seen most


def maybe_bad(text: str) -> bool:
    """False when `_PREFILTER` cannot match `text` (so neither can ftfy's badness test).

    Every character either of its alternatives needs is non-ASCII, and characters adjacent in
    `text` stay adjacent once the ASCII ones are deleted; so matching only the non-ASCII
    characters (deleted from the UTF-8 bytes in one C pass) finds every match and maybe more.
    The regex then reads a few characters, not the whole post, and a post whose non-ASCII
    characters are a common few (an emoji, a curly quote) finds its answer in a small cache.
    """
    rest = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES)
    verdict = _VERDICTS.get(rest)
    if verdict is None:
        verdict = _PREFILTER.search(rest.decode("utf-8", "surrogatepass")) is not None
        if len(rest) <= 32 and len(_VERDICTS) < 4096:  # the same few emoji and quotes
            _VERDICTS[rest] = verdict
    return verdict


@cache
def cleaner(rules: CleanRules) -> Callable[[str], tuple[str, int]]:
    """`clean_text` for these rules, with the rules bound, and the number of the cleaned
    text's whitespace-separated words (what the short rule counts): the one cleaning path,
    which `iter_kept` calls once per post. The common post (no `&`, ASCII, no `http:`, one
    space between words) costs a few string scans and no split: it is already clean."""
    unescape, fix, urls, newlines = (
        rules.unescape_html,
        rules.fix_mojibake,
        rules.remove_urls,
        rules.keep_newlines,
    )

    def clean(text: str) -> tuple[str, int]:
        if unescape and "&" in text:
            text = html.unescape(text)
        if fix and not text.isascii() and maybe_bad(text):
            text = repair_mojibake(text)
        has_url = urls and "http" in text and ("http:" in text or "https:" in text)
        if newlines:
            if has_url:
                text = remove_urls_exact(text)
            text = _squeeze_lines(text)
            return text, len(text.split())
        if has_url:
            text = remove_urls(text)
        # Every whitespace character but the space is unprintable: printable text without
        # a double space, once stripped, is what splitting and joining would give (a link
        # removed from the end leaves only a trailing space).
        if text.isprintable():
            text = text.strip(" ")
            if "  " not in text:
                return text, (text.count(" ") + 1 if text else 0)
        words = text.split()
        return " ".join(words), len(words)

    return clean


def _squeeze_lines(text: str) -> str:
    """Keep line breaks (at most one blank line in a row); collapse other whitespace."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


def count_words(text: str, boring: tuple[str, ...] = ("http", "@", "#")) -> int:
    """Words that contain none of `boring` (case-insensitive), as huggingtweets counted them."""
    lowered = text.lower()
    words = lowered.split()
    if not any(b in lowered for b in boring):
        return len(words)
    return sum(1 for w in words if not any(b in w for b in boring))
