"""Whether a model or dataset exists on the configured Hub, for lint: asked once per id.

`HfApi.repo_exists` has no timeout and the shared client waits forever, so this asks
`repo_info` with a short one and reads its answer exactly as `repo_exists` does (a gated
repo exists, `RepositoryNotFoundError` means no). When the Hub cannot be reached (or
refuses to say), one warning is given and every later id is checked for format only:
a bulk run of thousands of cards does not wait a timeout per card.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from huggingface_hub import HfApi

__all__ = ["HubFacts"]

DEFAULT_TIMEOUT_S = 5.0


class HubFacts:
    """Answers `exists(repo_id, repo_type)` with True, False, or None (could not ask)."""

    def __init__(
        self,
        api: HfApi,
        *,
        timeout: float = DEFAULT_TIMEOUT_S,
        on_offline: Callable[[str], None] = lambda message: None,
    ) -> None:
        self.api = api
        self.endpoint: str = api.endpoint
        self.timeout = timeout
        self.on_offline = on_offline
        self.offline: str | None = None  # why the Hub is not asked any more
        self._known: dict[tuple[str, str], bool | None] = {}
        self._lock = threading.Lock()

    def exists(self, repo_id: str, repo_type: str) -> bool | None:
        key = (repo_type, repo_id.lower())  # repo ids are case-insensitive on the Hub
        with self._lock:
            if key in self._known:
                return self._known[key]
            if self.offline is not None:
                return None
        answer = self._ask(repo_id, repo_type)
        with self._lock:
            self._known[key] = answer
        return answer

    def _ask(self, repo_id: str, repo_type: str) -> bool | None:
        from huggingface_hub import constants
        from huggingface_hub.errors import GatedRepoError, RepositoryNotFoundError

        from hubtools.publish.failures import classify, describe

        if constants.HF_HUB_OFFLINE:
            self._go_offline("HF_HUB_OFFLINE is set")
            return None
        try:
            self.api.repo_info(repo_id, repo_type=repo_type, timeout=self.timeout)
            return True
        except GatedRepoError:
            return True  # it exists; this token may not read it
        except RepositoryNotFoundError:
            return False
        except Exception as err:
            if classify(err) == "bug":
                raise
            self._go_offline(describe(err))
            return None

    def _go_offline(self, reason: str) -> None:
        with self._lock:
            if self.offline is not None:
                return
            self.offline = reason
        self.on_offline(
            f"cannot ask {self.endpoint} whether base models and datasets exist ({reason}); "
            "they were checked for format only"
        )
