"""Which languages a user writes in, for the dataset's users.json (and the card's `language:`).

A short-text detector (`py3langid`: a naive Bayes model over byte n-grams that ships in its
wheel, nothing downloaded) reads a bounded sample of the user's kept posts, so the cost per
user is fixed (~20 ms for 200 posts, plus loading the model once, ~0.5 s) and nothing is paid
per post at scale. The dataset writer never holds all the posts: it keeps a `Reservoir`, a
seeded uniform sample drawn as the posts stream by (the same posts on every run). Each sampled post casts one vote, combined with the
post's own language hint (X's `lang`, Mastodon's `contentMap` key, Bluesky's `langs`), which
is often missing or wrong (a composer's default): a hint that agrees, or a detection the
model is unsure of, goes to the hint; a confident detection wins over a disagreeing hint.

Languages with at least `MIN_SHARE` of the votes are kept, most used first, as ISO 639-1
codes (what the Hub's `language:` metadata takes); the rest is noise (quotes, names, a
misdetected line).
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hubtools.dataset.filters import Kept

SAMPLE = 200  # posts per user read by the detector
MIN_SHARE = 0.1  # of the votes, to list a language
CONFIDENT = 0.9  # detector probability that overrules a disagreeing hint
_BORING = ("http", "@", "#")

# Codes without an ISO 639-1 form that fold into one that has it (macrolanguages); other
# three-letter codes have no two-letter code, and are left out.
_FOLD = {
    "arb": "ar",
    "ary": "ar",
    "arz": "ar",
    "cmn": "zh",
    "wuu": "zh",
    "yue": "zh",
    "uzs": "uz",
    "gug": "gn",
    "kik": "ki",
    "fil": "tl",
    "nob": "nb",
    "nno": "nn",
}
# Old codes X and others still send.
_RENAMED = {"in": "id", "iw": "he", "ji": "yi", "jw": "jv", "mo": "ro"}


@dataclass(frozen=True)
class Languages:
    """A user's languages: ISO 639-1 codes, most used first, with their share of the votes."""

    codes: list[str] = field(default_factory=list)
    shares: dict[str, float] = field(default_factory=dict)  # code -> share, in `codes` order
    sampled: int = 0  # posts read


def iso639_1(code: str | None) -> str | None:
    """A language tag (`en`, `pt-BR`, `zh_Hant`, X's `in`, `und`, `qme`) as ISO 639-1, or None
    when it names no language (undetermined, media only, hashtags only, ...)."""
    if not code:
        return None
    primary = code.replace("_", "-").split("-", 1)[0].strip().lower()
    primary = _RENAMED.get(primary, _FOLD.get(primary, primary))
    if len(primary) == 2 and primary.isascii() and primary.isalpha():
        return primary
    return None


@cache
def _identifier() -> Any:
    """py3langid's model, loaded once (imported here: numpy and the model cost ~0.6 s)."""
    from hubtools.dataset.langid_model import load_identifier

    return load_identifier()


def detect(text: str) -> tuple[str | None, float]:
    """(ISO 639-1 code, probability) for one post; (None, 0.0) when it has no words to read.

    Mentions, hashtags and links are left out first: they are names, not language.
    """
    words = [w for w in text.split() if not any(b in w.lower() for b in _BORING)]
    plain = " ".join(words)
    if not any(c.isalpha() for c in plain):
        return None, 0.0
    code, probability = _identifier().classify(plain)
    return iso639_1(code), float(probability)


def vote(text: str, hint: str | None) -> str | None:
    """One post's language: the detector's, or the post's hint where the detector is unsure."""
    hinted = iso639_1(hint)
    detected, probability = detect(text)
    if detected is None:
        return hinted
    if hinted is None or detected == hinted or probability >= CONFIDENT:
        return detected
    return hinted


def sample(items: Sequence[Kept], size: int = SAMPLE) -> list[Kept]:
    """At most `size` items, evenly spaced over the whole sequence (deterministic)."""
    n = len(items)
    if n <= size:
        return list(items)
    return [items[i * n // size] for i in range(size)]


class Reservoir:
    """A uniform sample of at most `size` kept posts from a stream of unknown length.

    Vitter's algorithm L: after the first `size` posts, the next post to take is drawn
    ahead (`skip`), so a post costs one comparison; the generator is seeded, so the same
    posts give the same sample.
    """

    def __init__(self, size: int = SAMPLE, seed: int = 0) -> None:
        self.size = size
        self.items: list[Kept] = []
        self.seen = 0
        self._rng = random.Random(seed)
        self._w = 1.0
        self._next = size  # index of the next post to take once full

    def add(self, item: Kept) -> None:
        n = self.seen
        self.seen = n + 1
        if n < self.size:
            self.items.append(item)
            if n + 1 == self.size:
                self._draw(n)
        elif n == self._next:
            self.items[self._rng.randrange(self.size)] = item
            self._draw(n)

    def _draw(self, at: int) -> None:
        """Draw the index of the next post to take, after the one at `at`."""
        rng = self._rng
        self._w *= math.exp(math.log(rng.random() or 1e-300) / self.size)
        self._next = (
            at
            + 1
            + math.floor(math.log(rng.random() or 1e-300) / (math.log1p(-self._w) or -1e-300))
        )


def user_languages(kept: Sequence[Kept], size: int = SAMPLE) -> Languages:
    """A user's languages from a bounded sample of their kept posts (cleaned text + hints)."""
    picked = sample(kept, size)
    votes = Counter(v for row in picked if (v := vote(row.text, row.post.lang)) is not None)
    total = sum(votes.values())
    if not total:
        return Languages(sampled=len(picked))
    ranked = sorted(votes.items(), key=lambda item: (-item[1], item[0]))
    listed = [(code, n) for code, n in ranked if n / total >= MIN_SHARE] or ranked[:1]
    return Languages(
        codes=[code for code, _ in listed],
        shares={code: round(n / total, 3) for code, n in listed},
        sampled=len(picked),
    )
