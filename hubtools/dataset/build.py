"""One or more sources -> a dataset folder (train/validation JSONL, users.json, manifest.json).

    build_dataset([parse_spec("x-archive:archive.zip")], "out/", DatasetOptions())

The folder is written in a temporary folder next to the target and renamed into place, so an
error leaves nothing half-written; an existing dataset folder is replaced whole.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from itertools import islice
from pathlib import Path

import msgspec

from hubtools import __version__
from hubtools.dataset.filters import Filtered, Rules, Seen, filter_posts
from hubtools.dataset.split import Repeated, Row, balance, split
from hubtools.dataset.stats import UserStats
from hubtools.errors import UserError
from hubtools.sources import LoadOptions, SourceSpec, fingerprint, load_posts, parse_spec
from hubtools.sources.model import Account, Post, PostStream

FORMAT = "hubtools.dataset"
FORMAT_VERSION = 1
EOT = "<|endoftext|>"  # huggingtweets' separator; counted in the size guard as it did
FILES = ("train.jsonl", "validation.jsonl", "users.json", "manifest.json")


@dataclass(frozen=True)
class DatasetOptions:
    """Everything that shapes the dataset; recorded in manifest.json."""

    rules: Rules = field(default_factory=Rules)
    load: LoadOptions = field(default_factory=LoadOptions)  # limits, field names, network
    seed: int = 42
    validation_fraction: float = 0.1
    balance: bool = True  # repeat smaller users' posts up to the largest (several users)
    min_chars: int = 6_000  # huggingtweets refused to train below this
    warn_chars: int = 40_000  # ... and warned below this
    # Download the avatar image of network sources' accounts into avatars/ (an export's own
    # image is always stored). Not part of the dataset key: it is not training data.
    fetch_avatars: bool = True
    # Detect each user's languages (users.json `languages`) from a sample of kept posts.
    languages: bool = True


@dataclass
class UserData:
    """One user's account, counts and kept posts, from one source or several.

    `spec` and `fingerprint` are the first source's; `inputs` lists every source with its
    fingerprint, in the order given (sources with the same handle are one user).
    """

    spec: SourceSpec
    account: Account
    filtered: Filtered
    fingerprint: str | None = None
    inputs: list[tuple[SourceSpec, str | None]] = field(default_factory=list)
    seen: Seen = field(default_factory=Seen, repr=False)
    positions: list[int] = field(default_factory=list, repr=False)  # of inputs, as given

    def __post_init__(self) -> None:
        if not self.inputs:
            self.inputs = [(self.spec, self.fingerprint)]
        if not self.positions:
            self.positions = [0]

    def add(
        self, spec: SourceSpec, account: Account, filtered: Filtered, fp: str | None, at: int
    ) -> None:
        """Another source of the same user: counts add up, repeated posts were dropped."""
        self.inputs.append((spec, fp))
        self.positions.append(at)
        self.filtered = self.filtered + filtered
        self.account = replace(
            self.account,
            display_name=self.account.display_name or account.display_name,
            avatar_url=self.account.avatar_url or account.avatar_url,
            avatar_image=self.account.avatar_image or account.avatar_image,
        )

    @property
    def source(self) -> str:
        return " + ".join(str(spec) for spec, _ in self.inputs)

    @property
    def stats(self) -> UserStats:
        return self.filtered.stats

    @property
    def characters(self) -> int:
        """Kept text plus one separator per post: huggingtweets' size measure."""
        kept = self.filtered.kept
        return sum(len(row.text) for row in kept) + len(EOT) * len(kept)


@dataclass
class UserSummary:
    handle: str
    display_name: str | None
    avatar_url: str | None
    source: str
    stats: UserStats
    characters: int
    train: int = 0  # posts in train.jsonl (before balancing copies)
    validation: int = 0
    train_rows: int = 0  # rows in train.jsonl, balancing copies included
    avatar_file: str | None = None  # "avatars/HANDLE.png" in the dataset folder, if stored
    # ISO 639-1 codes, most used first, and their share of the sampled posts (dataset.language)
    languages: list[str] = field(default_factory=list)
    language_shares: dict[str, float] = field(default_factory=dict)
    language_sampled: int = 0


@dataclass
class DatasetSummary:
    users: list[UserSummary]
    warnings: list[str]
    key: str | None  # see dataset_key; None when a network source makes it unknowable
    out_dir: Path | None = None  # None for a stats-only run


def collect(
    sources: Sequence[SourceSpec | str],
    options: DatasetOptions = DatasetOptions(),
    *,
    on_source: Callable[[SourceSpec], None] | None = None,
) -> list[UserData]:
    """Load, clean and filter every source, in the order given.

    Sources whose author has the same handle (case-insensitive) are one user: a post seen
    in an earlier source (same id) is counted as a duplicate, never kept twice.
    """
    specs = [parse_spec(s) if isinstance(s, str) else s for s in sources]
    if not specs:
        raise UserError("no sources given; name at least one, e.g. x-archive:archive.zip")
    users: dict[str, UserData] = {}
    for at, spec in enumerate(specs):
        if on_source is not None:
            on_source(spec)
        stream = load_posts(spec, options.load)
        user = users.get(stream.account.handle.lower())
        seen = user.seen if user is not None else Seen()
        known: list[str | None] = []

        def scope(stream: PostStream = stream, known: list[str | None] = known) -> str | None:
            if not known:
                known.append(stream.fingerprint())
            return known[0]

        withheld: Counter[str] = Counter()
        posts = _count_withheld(stream, seen, withheld) if stream.withholds else stream
        filtered = filter_posts(posts, options.rules, seen=seen, scope=scope)
        if withheld:  # counted under their own reasons, so downloaded = dropped + kept
            filtered.stats = filtered.stats + UserStats(
                downloaded=sum(withheld.values()), **withheld
            )
            filtered.stats.check()
        fp = scope()
        if user is None:
            users[stream.account.handle.lower()] = UserData(
                spec, stream.account, filtered, fp, seen=seen, positions=[at]
            )
        else:
            user.add(spec, stream.account, filtered, fp, at)
    return list(users.values())


def _count_withheld(posts: Iterable[Post], seen: Seen, counts: Counter[str]) -> Iterator[Post]:
    """Posts the source withheld (`Post.withheld`: private, behind a content warning) are
    counted under their reason and never reach the filters; a repeated id stays a duplicate."""
    ids = seen.ids
    for post in posts:
        reason = post.withheld
        if reason is None:
            yield post
        elif post.numbered:
            counts[reason] += 1
        elif post.id in ids:
            yield post  # the same post again: filter_posts counts it as a duplicate
        else:
            ids.add(post.id)
            counts[reason] += 1


def all_inputs(users: Sequence[UserData]) -> list[tuple[SourceSpec, str | None]]:
    """Every source with its fingerprint, in the order given (what `is_current` hashes)."""
    placed = [(at, i) for u in users for at, i in zip(u.positions, u.inputs, strict=True)]
    return [i for _, i in sorted(placed, key=lambda pair: pair[0])]


def size_warnings(users: Sequence[UserData], options: DatasetOptions) -> list[str]:
    """UserError for a user with too little text to train on; warnings for little text."""
    warnings = []
    for user in users:
        chars, s = user.characters, user.stats
        counts = (
            f"{s.kept:,} of {s.downloaded:,} posts kept: {s.retweets:,} reposts, "
            f"{s.short:,} short"
            + (f", {s.replies:,} replies" if s.replies else "")
            + (f", {s.duplicates:,} duplicates" if s.duplicates else "")
            + (f", {s.private:,} private" if s.private else "")
            + (f", {s.content_warning:,} behind a content warning" if s.content_warning else "")
            + " dropped"
        )
        if chars < options.min_chars:
            raise UserError(
                f"@{user.account.handle}: only {chars:,} characters of text ({counts}); "
                f"at least {options.min_chars:,} are needed to train — add posts, "
                "or lower --min-chars"
            )
        if chars < options.warn_chars:
            warnings.append(
                f"@{user.account.handle}: only {chars:,} characters of text ({counts}); "
                f"under {options.warn_chars:,} the model may not learn much"
            )
    return warnings


def dataset_key(
    inputs: Sequence[tuple[SourceSpec, str | None]], options: DatasetOptions
) -> str | None:
    """A hash of (inputs' content, rules, options): equal keys, identical datasets."""
    if any(fp is None for _, fp in inputs):
        return None
    payload = {
        "format": [FORMAT, FORMAT_VERSION],
        "inputs": [[str(spec), spec.handle, fp] for spec, fp in inputs],
        "options": _options_record(options),
    }
    return hashlib.sha256(_canonical(payload)).hexdigest()


def is_current(
    out_dir: str | os.PathLike[str],
    sources: Sequence[SourceSpec | str],
    options: DatasetOptions = DatasetOptions(),
) -> bool:
    """True when `out_dir` holds a dataset built from these exact inputs and options.

    File sources are hashed, not parsed; with a network source this is always False.
    """
    manifest_path = Path(out_dir) / "manifest.json"
    try:
        manifest = json.loads(manifest_path.read_text("utf-8"))
    except (OSError, ValueError):
        return False
    specs = [parse_spec(s) if isinstance(s, str) else s for s in sources]
    key = dataset_key([(s, fingerprint(s)) for s in specs], options)
    files_there = all((Path(out_dir) / name).is_file() for name in FILES)
    return key is not None and files_there and manifest.get("key") == key


def build_dataset(
    sources: Sequence[SourceSpec | str],
    out_dir: str | os.PathLike[str],
    options: DatasetOptions = DatasetOptions(),
    *,
    on_source: Callable[[SourceSpec], None] | None = None,
) -> DatasetSummary:
    """Read every source and write the dataset folder; UserError leaves `out_dir` as it was."""
    out = Path(out_dir)
    _check_target(out)
    users = collect(sources, options, on_source=on_source)
    warnings = size_warnings(users, options)
    key = dataset_key(all_inputs(users), options)
    summaries, plans = _rows(users, options)
    avatars, avatar_warnings = _avatars(users, summaries, options)
    warnings += avatar_warnings

    def write(tmp: Path) -> None:
        # Rows are encoded and written a batch at a time (never a list of row dicts, nor
        # the whole file in memory): peak memory is the kept posts, not the rows.
        train_file, n_train = _write_lines(tmp / "train.jsonl", _train_rows(plans))
        validation_file, n_validation = _write_lines(
            tmp / "validation.jsonl", _validation_rows(plans)
        )
        files = {"users.json": _pretty([_user_record(s) for s in summaries]), **avatars}
        described = {"train.jsonl": train_file, "validation.jsonl": validation_file}
        for name, data in files.items():
            (tmp / name).parent.mkdir(parents=True, exist_ok=True)
            (tmp / name).write_bytes(data)
            described[name] = {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
        manifest = _manifest(users, options, key, described, n_train, n_validation)
        (tmp / "manifest.json").write_bytes(_pretty(manifest))

    _write_folder(out, write)
    return DatasetSummary(summaries, warnings, key, out)


def _manifest(
    users: Sequence[UserData],
    options: DatasetOptions,
    key: str | None,
    files: dict[str, dict[str, object]],
    n_train: int,
    n_validation: int,
) -> dict[str, object]:
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "hubtools_version": __version__,
        "key": key,
        "seed": options.seed,
        "rules": {**options.rules.describe(), "settings": asdict(options.rules)},
        "options": _options_record(options),
        "inputs": [
            {"source": str(spec), "handle": u.account.handle, "fingerprint": fp}
            for u in users
            for spec, fp in u.inputs
        ],
        "files": files,
        "rows": {"train": n_train, "validation": n_validation},
    }


def _write_lines(path: Path, rows: Iterable[dict[str, object]]) -> tuple[dict[str, object], int]:
    """Write rows as JSON lines a batch at a time: (its sha256 and size, the row count)."""
    encoder = msgspec.json.Encoder()
    digest = hashlib.sha256()
    size = count = 0
    it = iter(rows)
    with open(path, "wb") as fh:
        while batch := list(islice(it, 4096)):
            data = encoder.encode_lines(batch)
            fh.write(data)
            digest.update(data)
            size += len(data)
            count += len(batch)
    return {"sha256": digest.hexdigest(), "bytes": size}, count


def _avatars(
    users: Sequence[UserData], summaries: Sequence[UserSummary], options: DatasetOptions
) -> tuple[dict[str, bytes], list[str]]:
    """Each user's avatar image (`avatars/HANDLE.EXT`), recorded in `summary.avatar_file`."""
    from hubtools.dataset.avatars import avatar_for

    files: dict[str, bytes] = {}
    warnings: list[str] = []
    for user, summary in zip(users, summaries, strict=True):
        online = options.fetch_avatars and any(spec.is_network for spec, _ in user.inputs)
        avatar, warning = avatar_for(user.account, online=online)
        if warning:
            warnings.append(warning)
        if avatar is None:
            continue
        path, n = avatar.path, 1
        while path in files:  # two handles made the same file name
            n += 1
            stem, _, ext = avatar.path.rpartition(".")
            path = f"{stem}-{n}.{ext}"
        files[path] = avatar.data
        summary.avatar_file = path
    return files, warnings


def summarize(users: Sequence[UserData], options: DatasetOptions) -> DatasetSummary:
    """Counts only (`--stats-only`): no size guard error, nothing written."""
    summaries = [_summary(u, options) for u in users]
    warnings = []
    for user in users:
        try:
            warnings += size_warnings([user], options)
        except UserError as err:
            warnings.append(str(err))
    key = dataset_key(all_inputs(users), options)
    return DatasetSummary(summaries, warnings, key, None)


def _summary(user: UserData, options: DatasetOptions) -> UserSummary:
    summary = UserSummary(
        handle=user.account.handle,
        display_name=user.account.display_name,
        avatar_url=user.account.avatar_url,
        source=user.source,
        stats=user.stats,
        characters=user.characters,
    )
    if options.languages:
        from hubtools.dataset.language import user_languages

        found = user_languages(user.filtered.kept)
        summary.languages, summary.language_shares = found.codes, found.shares
        summary.language_sampled = found.sampled
    return summary


@dataclass
class _Plan:
    """One user's rows: train posts, then balancing copies; validation posts."""

    train: list[Row]
    copies: list[Repeated]
    validation: list[Row]


def _train_rows(plans: Sequence[_Plan]) -> Iterator[dict[str, object]]:
    for plan in plans:
        yield from (_row(row, 0) for row in plan.train)
        yield from (_row(r.row, r.repeat) for r in plan.copies)


def _validation_rows(plans: Sequence[_Plan]) -> Iterator[dict[str, object]]:
    for plan in plans:
        yield from (_row(row, 0) for row in plan.validation)


def _rows(
    users: Sequence[UserData], options: DatasetOptions
) -> tuple[list[UserSummary], list[_Plan]]:
    summaries = [_summary(u, options) for u in users]
    splits = [
        split(u.filtered.kept, options.seed, u.account.handle, options.validation_fraction)
        for u in users
    ]
    trains = [train for train, _ in splits]
    if options.balance and len(users) > 1:  # padded lists: the posts, then their copies
        copies = [
            padded[len(train) :] for train, padded in zip(trains, balance(trains), strict=True)
        ]
    else:
        copies = [[] for _ in trains]
    plans = []
    for summary, (train, validation), extra in zip(summaries, splits, copies, strict=True):
        summary.train, summary.validation = len(train), len(validation)
        summary.train_rows = len(train) + len(extra)
        plans.append(_Plan(train, extra, validation))
    return summaries, plans


def _row(row: Row, repeat: int) -> dict[str, object]:
    post = row.post
    return {
        "text": row.text,
        "author": post.author,
        "id": post.id,
        "created_at": post.created_at,
        "kind": str(post.kind),
        "repeat": repeat,  # 0, or k for the k-th balancing copy of the post
    }


def _user_record(s: UserSummary) -> dict[str, object]:
    return {
        "handle": s.handle,
        "display_name": s.display_name,
        "avatar_url": s.avatar_url,
        "avatar_file": s.avatar_file,
        "source": s.source,
        "stats": s.stats.as_dict(),
        "characters": s.characters,
        "split": {"train": s.train, "validation": s.validation, "train_rows": s.train_rows},
        "languages": s.languages,
        "language_shares": s.language_shares,
        "language_sampled": s.language_sampled,
    }


def _options_record(options: DatasetOptions) -> dict[str, object]:
    load = options.load
    return {
        "rules": asdict(options.rules),
        "seed": options.seed,
        "validation_fraction": options.validation_fraction,
        "balance": options.balance,
        "min_chars": options.min_chars,
        "warn_chars": options.warn_chars,
        "limit": load.limit,
        "since": load.since,
        "until": load.until,
        "fields": dict(sorted(load.fields.items())),
        **({"languages": False} if not options.languages else {}),
        **({"keep_reply_mentions": True} if load.keep_reply_mentions else {}),
        # only when not the default, so keys of datasets built before it stay the same
        **(
            {"content_warnings": load.content_warnings} if load.content_warnings != "prefix" else {}
        ),
    }


def _canonical(value: object) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def _pretty(value: object) -> bytes:
    return (json.dumps(value, indent=2, ensure_ascii=False) + "\n").encode()


def _check_target(out: Path) -> None:
    """Refuse to replace a folder that is not a dataset we wrote (checked before any work)."""
    if out.exists() and not out.is_dir():
        raise UserError(f"{out}: exists and is not a folder; choose another output folder")
    if out.is_dir() and any(out.iterdir()):
        try:
            ours = json.loads((out / "manifest.json").read_text("utf-8")).get("format") == FORMAT
        except (OSError, ValueError, AttributeError):
            ours = False
        if not ours:
            raise UserError(
                f"{out}: a folder that is not empty and not a hubtools dataset; "
                "choose a new or empty output folder"
            )


def _write_folder(out: Path, write: Callable[[Path], None]) -> None:
    """`write(tmp)` the files into a temporary sibling folder, then swap it in for `out`."""
    _check_target(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent))
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o777 & ~umask)  # mkdtemp makes it private; a dataset folder is not
    old: Path | None = None
    try:
        write(tmp)
        if out.exists():
            old = tmp.with_suffix(".old")
            os.replace(out, old)
        os.replace(tmp, out)
    except BaseException:
        if old is not None and old.exists() and not out.exists():
            os.replace(old, out)  # put the previous dataset back
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
