"""User-facing errors.

A `UserError` is something the user can fix (a bad file, a missing token, a wrong
field). The CLI prints its message on one line and exits non-zero, without a
traceback. Anything else is a bug and keeps its traceback.
"""

from __future__ import annotations


class UserError(Exception):
    """An error the user can act on; `str(err)` is the whole one-line message."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))
