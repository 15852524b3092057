"""Per-user counts for the model card's data table.

Every downloaded post ends up under exactly one key, so `downloaded == sum(drops) + kept`
always holds. Key names follow huggingtweets' card (`retweets` counts reposts of any source).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

# The drop reasons, in the order they are tested: a post counts under the first that applies.
# (A repeated post id is a duplicate before anything else: see hubtools.dataset.filters.)
DROP_REASONS = ("retweets", "replies", "short", "duplicates")


@dataclass
class UserStats:
    downloaded: int = 0
    retweets: int = 0
    replies: int = 0
    short: int = 0
    duplicates: int = 0
    kept: int = 0

    @property
    def dropped(self) -> int:
        return self.retweets + self.replies + self.short + self.duplicates

    def check(self) -> None:
        """Fail loudly if the counts do not add up (a bug, never a user error)."""
        if self.downloaded != self.dropped + self.kept:
            raise AssertionError(f"statistics do not add up: {self}")

    def as_dict(self) -> dict[str, int]:
        return asdict(self)

    def __add__(self, other: UserStats) -> UserStats:
        """One user's counts over several sources."""
        mine, theirs = self.as_dict(), other.as_dict()
        return UserStats(**{key: mine[key] + theirs[key] for key in mine})
