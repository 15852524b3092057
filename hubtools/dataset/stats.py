"""Per-user counts for the model card's data table.

Every downloaded post ends up under exactly one key, so `downloaded == sum(drops) + kept`
always holds. Key names follow huggingtweets' card (`retweets` counts reposts of any source).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

# The drop reasons, in the order they are tested: a post counts under the first that applies.
# (A repeated post id is a duplicate before anything else: see hubtools.dataset.filters.)
DROP_REASONS = ("retweets", "replies", "short", "duplicates", "private", "content_warning")
# Reasons a source decides (`Post.withheld`): listed in users.json only when they occurred,
# so datasets and cards without them stay as they were.
SOURCE_REASONS = ("private", "content_warning")


@dataclass
class UserStats:
    downloaded: int = 0
    retweets: int = 0
    replies: int = 0
    short: int = 0
    duplicates: int = 0
    private: int = 0  # followers-only or direct (Mastodon): never trained on
    content_warning: int = 0  # behind a content warning, with --content-warnings drop
    kept: int = 0

    @property
    def dropped(self) -> int:
        return sum(getattr(self, reason) for reason in DROP_REASONS)

    def check(self) -> None:
        """Fail loudly if the counts do not add up (a bug, never a user error)."""
        if self.downloaded != self.dropped + self.kept:
            raise AssertionError(f"statistics do not add up: {self}")

    def as_dict(self) -> dict[str, int]:
        return {k: v for k, v in asdict(self).items() if v or k not in SOURCE_REASONS}

    def __add__(self, other: UserStats) -> UserStats:
        """One user's counts over several sources."""
        mine, theirs = asdict(self), asdict(other)
        return UserStats(**{key: mine[key] + theirs[key] for key in mine})
