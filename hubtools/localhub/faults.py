"""Fault injection: make chosen requests fail the ways real networks and the real Hub do.

A rule is `METHOD PATH_GLOB:ACTION[:WHEN]`, e.g. `POST /api/models/*/commit/*:503:0.2`.

- METHOD is an HTTP method or `*`; PATH_GLOB is an fnmatch pattern (`*` spans `/`).
- ACTION is a status (`429`, `500`, `503`, ...; 429 and 503 carry `Retry-After` and
  `RateLimit` headers), `drop` (close the connection without an answer), `delay=SECONDS`
  (answer normally, late), `gather=N` (hold each request until N matching ones are held,
  then answer them all normally: forces N requests to be in flight together; 30 s hang
  guard), or `<status>-after` / `drop-after`: handle the request for real (a commit is
  applied) and then fail — the outcome the client cannot see.
- WHEN is a probability (`0.2`) or `xN` (the next N matching requests); default always.

Rules come from `--fault`, a JSON file (a list of `{"method","path","action","when"}` or
rule strings), or `POST /_admin/faults`.
"""

from __future__ import annotations

import fnmatch
import random
import threading
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Rule:
    method: str
    path: str
    action: str
    probability: float = 1.0
    remaining: int | None = None  # None: unlimited
    retry_after: int = 1
    hits: int = 0
    held: int = 0  # gather=N: how many requests this rule has held so far
    released: Any = field(default=None, repr=False, compare=False)  # gather=N: asyncio.Event

    @property
    def after(self) -> bool:
        return self.action.endswith("-after")

    @property
    def status(self) -> int | None:
        head = self.action.removesuffix("-after")
        return int(head) if head.isdigit() else None

    @property
    def delay(self) -> float:
        return float(self.action.split("=", 1)[1]) if self.action.startswith("delay=") else 0.0

    @property
    def gather(self) -> int:
        return int(self.action.split("=", 1)[1]) if self.action.startswith("gather=") else 0

    def describe(self) -> dict[str, Any]:
        when = f"x{self.remaining}" if self.remaining is not None else str(self.probability)
        return {"rule": f"{self.method} {self.path}:{self.action}:{when}", "hits": self.hits}


def parse_rule(spec: str | dict[str, Any]) -> Rule:
    if isinstance(spec, dict):
        text = f"{spec.get('method', '*')} {spec['path']}:{spec['action']}:{spec.get('when', '1')}"
        rule = parse_rule(text)
        rule.retry_after = int(spec.get("retry_after", 1))
        return rule
    target, _, rest = spec.partition(":")
    action, _, when = rest.partition(":")
    method, _, path = target.strip().partition(" ")
    if not path or not action:
        raise ValueError(f"fault rule {spec!r}: expected 'METHOD PATH:ACTION[:WHEN]'")
    head = action.removesuffix("-after")
    if not (
        head.isdigit()
        or head == "drop"
        or (action.startswith("delay=") and not action.endswith("-after"))
        or (action.startswith("gather=") and action[7:].isdigit() and int(action[7:]) > 0)
    ):
        raise ValueError(f"fault rule {spec!r}: unknown action {action!r}")
    rule = Rule(method.upper(), path.strip(), action)
    try:
        if action.startswith("delay="):
            float(action[6:])
        if when.startswith("x"):
            rule.remaining = int(when[1:])
        elif when:
            rule.probability = float(when)
    except ValueError as err:
        raise ValueError(f"fault rule {spec!r}: bad number ({err})") from None
    return rule


class Faults:
    def __init__(self, rules: list[Rule] | None = None, seed: int = 0) -> None:
        self.rules = list(rules or [])
        self._rng = random.Random(seed)
        self._lock = threading.Lock()

    def replace(self, rules: list[Rule]) -> None:
        with self._lock:
            self.rules = list(rules)

    def match(self, method: str, path: str) -> Rule | None:
        """The first rule that fires for this request (and count it)."""
        with self._lock:
            for rule in self.rules:
                if rule.method not in ("*", method) or not fnmatch.fnmatchcase(path, rule.path):
                    continue
                if rule.remaining is not None:
                    if rule.remaining <= 0:
                        continue
                    rule.remaining -= 1
                elif self._rng.random() >= rule.probability:
                    continue
                rule.hits += 1
                return rule
        return None

    def describe(self) -> list[dict[str, Any]]:
        with self._lock:
            return [r.describe() for r in self.rules]
