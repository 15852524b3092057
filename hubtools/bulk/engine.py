"""Plan and apply a catalogue: what each entry needs, then doing exactly that.

Actions: `create` (no repo yet), `retrain` (a full entry whose build inputs changed:
its sources, base model, settings or users), `update-card` (the card on the Hub is
not the card the entry renders to), `nothing`. Card-only entries go through the shared
card update (`hubtools.publish.cardupdate`: README.md alone, on top of the revision read);
full entries go through `hubtools push` in a subprocess, so training never shares a
process. Both lint the card before committing: a lint error fails that entry alone.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

from hubtools.bulk.catalogue import CatalogueEntry
from hubtools.bulk.jobs import JobOptions, JobPublisher
from hubtools.errors import UserError
from hubtools.publish.cardhub import CardHub
from hubtools.publish.cardupdate import CardOutcome, update_card
from hubtools.publish.failures import failure
from hubtools.publish.ledger import Ledger, LedgerEntry, template_id
from hubtools.publish.retry import call_with_retry

ACTIONS = ("create", "retrain", "update-card", "nothing")


@dataclass
class Item:
    path: str
    repo_id: str
    kind: str  # full | card
    action: str  # create | retrain | update-card | nothing
    reason: str
    result: str = "planned"  # planned | done | nothing | failed | skipped
    commit_url: str | None = None
    duration_s: float = 0.0
    error: str | None = None

    def to_json(self) -> dict:
        return asdict(self)


def shard_of(repo_id: str, total: int) -> int:
    """1..total, stable across runs and machines: N runners cover every entry exactly once."""
    return int(hashlib.sha256(repo_id.lower().encode()).hexdigest()[:12], 16) % total + 1


def parse_shard(text: str) -> tuple[int, int]:
    index, _, total = text.partition("/")
    if not (index.isdigit() and total.isdigit() and 1 <= int(index) <= int(total)):
        raise UserError(f"--shard must look like I/N with 1 <= I <= N (e.g. 2/4), not {text!r}")
    return int(index), int(total)


def touched(entry: CatalogueEntry, changed: list[str]) -> bool:
    """Is the entry affected by these changed paths (its own file, or its template)?"""
    own = entry.path.resolve()
    for path in changed:
        p = Path(path)
        if p.resolve() == own or (p.parts[:1] == ("templates",) and entry.spec and len(p.parts) > 1
                                  and p.parts[1] == entry.spec.template):  # fmt: skip
            return True
    return False


class Bulk:
    def __init__(
        self,
        hub: CardHub,
        *,
        template: str | None = None,
        workdir: Path,
        jobs: int = 4,
        state: Ledger | None = None,
        runner: str = "local",
        job_options: JobOptions | None = None,
    ) -> None:
        if runner not in ("local", "hf-jobs"):
            raise UserError(f"--runner {runner!r}: use local or hf-jobs")
        self.hub = hub
        self.template = template
        self.workdir = workdir
        self.jobs = max(1, jobs)
        self.state = state or Ledger(None)
        self.runner = runner
        self.job_options = job_options or JobOptions()

    def entry_key(self, entry: CatalogueEntry) -> str:
        """Changes when the entry file, its build inputs or the template override change."""
        digest = hashlib.sha256(entry.path.read_bytes())
        template = self.template or entry.card_spec.template
        digest.update(f"{entry.build_hash()}|{template_id(template)}".encode())
        return digest.hexdigest()[:24]

    # -- plan ----------------------------------------------------------------------------
    def plan(self, entries: list[CatalogueEntry]) -> list[Item]:
        with ThreadPoolExecutor(self.jobs) as pool:
            return list(pool.map(self.plan_entry, entries))

    def plan_entry(self, entry: CatalogueEntry) -> Item:
        item = Item(str(entry.path), entry.repo_id, entry.kind, "nothing", "")
        return self._guarded(item, lambda: self._plan_at(entry, item, self._head(entry)))

    def _head(self, entry: CatalogueEntry) -> str | None:
        return None if entry.error else self.hub.head_or_none(entry.repo_id)

    @staticmethod
    def _guarded(item: Item, work: Callable[[], object]) -> Item:
        """Run `work`; a user error or a Hub failure fails this entry alone."""
        try:
            work()
        except Exception as err:
            item.result, item.error = "failed", failure(err)
            if item.error is None:
                raise
        return item

    def _plan_at(self, entry: CatalogueEntry, item: Item, head: str | None) -> None:
        if entry.error:
            item.result, item.error, item.reason = "failed", entry.error, "invalid entry"
            return
        if head is None:
            item.action, item.reason = "create", "no repo on the Hub yet"
            return
        if entry.kind == "full":
            manifest = _json(self.hub.text(entry.repo_id, head, "hubtools.json"))
            if manifest.get("build_hash") != entry.build_hash():
                item.action = "retrain"
                item.reason = (
                    "build inputs changed" if manifest.get("build_hash") else "no build record"
                )
                return
        current = self.hub.readme(entry.repo_id, head)
        desired = self.card_for(entry, current)
        if isinstance(desired, CardOutcome):
            if entry.kind == "full":
                item.action, item.reason = "retrain", desired.reason
            else:
                item.result, item.error, item.reason = "failed", desired.reason, desired.reason
        elif desired[0] != current:
            item.action, item.reason = "update-card", "card differs from the entry"
        else:
            item.action, item.reason = "nothing", "up to date"

    def card_for(
        self, entry: CatalogueEntry, current: str | None
    ) -> tuple[str, list[str]] | CardOutcome:
        """The README the entry wants, keeping what a person added to the published card."""
        import dataclasses

        from hubtools.cards.parse import parse_card
        from hubtools.cards.render import render_card
        from hubtools.push.cardspec import overlay

        spec = entry.card_spec
        if self.template:
            spec = dataclasses.replace(spec, template=self.template)
        parsed = None
        if current is not None:
            try:
                parsed = parse_card(current, source=f"{entry.repo_id}/README.md")
            except UserError:
                parsed = None
        if entry.kind == "full":
            if parsed is None or parsed.layout == "foreign":
                return CardOutcome(
                    entry.repo_id, "failed", "the published card cannot be read back"
                )
            spec = overlay(parsed.spec, spec)  # the numbers come from the published model
            if not entry.language_set:  # the language found in the posts stays
                spec = dataclasses.replace(spec, language=parsed.spec.language)
        elif parsed is not None and parsed.layout != "foreign":
            kept = {
                k: v
                for k, v in parsed.spec.extra_front_matter.items()
                if k not in spec.extra_front_matter
            }
            titles = {s.markdown.splitlines()[0] for s in spec.extra_sections}
            added = [
                s for s in parsed.spec.extra_sections if s.markdown.splitlines()[0] not in titles
            ]
            spec = dataclasses.replace(
                spec,
                extra_front_matter={**spec.extra_front_matter, **kept},
                extra_sections=[*spec.extra_sections, *added],
            )
        try:
            return render_card(spec), list(parsed.unrepaired if parsed else [])
        except UserError as err:
            return CardOutcome(entry.repo_id, "failed", f"render failed: {err}")

    # -- apply ---------------------------------------------------------------------------
    def apply(
        self,
        entries: list[CatalogueEntry],
        *,
        dry_run: bool,
        progress: Callable[[Item], None] = lambda i: None,
    ) -> list[Item]:
        def one(entry: CatalogueEntry) -> Item:
            start = time.perf_counter()
            item = Item(str(entry.path), entry.repo_id, entry.kind, "nothing", "")
            self._guarded(item, lambda: self._apply_entry(entry, item, dry_run))
            item.duration_s = round(time.perf_counter() - start, 3)
            progress(item)
            return item

        with ThreadPoolExecutor(self.jobs) as pool:
            return list(pool.map(one, entries))

    def _apply_entry(self, entry: CatalogueEntry, item: Item, dry_run: bool) -> None:
        head = self._head(entry)
        key = None if entry.error else self.entry_key(entry)
        if key and self.state.fresh(entry.repo_id, head, key) is not None:
            item.reason, item.result = "applied earlier; repo unchanged since", "nothing"
            return  # one request: the state file says this entry is done
        self._plan_at(entry, item, head)
        if item.result == "failed":
            return
        if item.action == "nothing":
            item.result = "nothing"
        elif dry_run:
            item.result, item.reason = "skipped", item.reason + " (dry run)"
            return
        elif entry.kind == "full" and item.action in ("create", "retrain"):
            item.commit_url, head = self._push(entry)
            item.result = "done"
        else:
            item.commit_url, head = self._card(entry, head)
            item.result = "done"
        self.state.record(LedgerEntry(entry.repo_id, head or "", key or "", "unchanged"))

    def _card(self, entry: CatalogueEntry, head: str | None) -> tuple[str | None, str | None]:
        """Publish the entry's card (README.md only); returns the commit URL and new head."""
        if head is None:
            self.hub.create_repo(entry.repo_id)
        outcome, head = update_card(
            self.hub, entry.repo_id, head, lambda text: self.card_for(entry, text),
            dry_run=False, message="Update model card from the catalogue",
        )  # fmt: skip
        if outcome.result == "failed":
            raise UserError(f"{entry.repo_id}: {outcome.reason}")
        return outcome.commit_url, head

    def _push(self, entry: CatalogueEntry) -> tuple[str | None, str | None]:
        """Train and publish a full entry: here, or as a Hugging Face job."""
        if self.runner == "hf-jobs":
            if self.template:
                raise UserError("--template with --runner hf-jobs: set the template in the entry")
            publisher = JobPublisher(
                self.hub.api, self.state, self.job_options,
                retry=lambda fn: call_with_retry(fn, policy=self.hub.policy,
                                                 budget=self.hub.budget),
            )  # fmt: skip
            return publisher.publish(entry)
        return self._push_here(entry)

    def _push_here(self, entry: CatalogueEntry) -> tuple[str | None, str | None]:
        build = entry.build_section
        namespace, name = entry.repo_id.split("/")
        cmd = [sys.executable, "-m", "hubtools", "push", *entry.card_spec.handles,
               *[arg for s in build.sources for arg in ("--source", s)],
               "--namespace", namespace, "--base-model", build.base_model,
               "--workdir", str(self.workdir / name), "--card-spec", str(entry.path),
               "--build-hash", entry.build_hash() or "", "--json", "--wait"]  # fmt: skip
        if self.template:
            cmd += ["--template", self.template]
        if build.private:
            cmd.append("--private")
        if build.base_model_id:
            cmd += ["--base-model-id", build.base_model_id]
        for key, value in build.train.items():
            cmd += [f"--{key.replace('_', '-')}", str(value)]
        proc = subprocess.run(cmd, capture_output=True, text=True, env=os.environ.copy())
        if proc.returncode != 0:
            lines = proc.stderr.strip().splitlines()
            raise UserError(
                lines[-1].removeprefix("hubtools: error: ")
                if lines
                else f"push exited {proc.returncode}"
            )
        result = json.loads(proc.stdout)
        return result.get("commit_url"), result.get("commit_oid")


def _json(text: str | None) -> dict:
    try:
        value = json.loads(text) if text else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
