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
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from itertools import islice
from pathlib import Path

from hubtools import __version__
from hubtools.dataset.filters import Filtered, Kept, Rules, Seen, iter_kept
from hubtools.dataset.language import Reservoir
from hubtools.dataset.spill import Spill, row_line
from hubtools.dataset.stats import UserStats
from hubtools.errors import UserError
from hubtools.sources import LoadOptions, SourceSpec, fingerprint, load_posts, parse_spec
from hubtools.sources.model import Account, PostStream

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
    """One user's account and counts, from one source or several, and where the kept posts
    went: a `Spill` on disk (`build_dataset`), a list (`collect(keep=True)`), or nowhere
    (counting only); a bounded sample of them is kept for language detection.

    `spec` and `fingerprint` are the first source's; `inputs` lists every source with its
    fingerprint, in the order given (sources with the same handle are one user).
    """

    spec: SourceSpec
    account: Account
    stats: UserStats = field(default_factory=UserStats)
    fingerprint: str | None = None
    inputs: list[tuple[SourceSpec, str | None]] = field(default_factory=list)
    seen: Seen = field(default_factory=Seen, repr=False)
    positions: list[int] = field(default_factory=list, repr=False)  # of inputs, as given
    text_chars: int = 0  # characters of kept text
    sample: Reservoir = field(default_factory=Reservoir, repr=False)
    kept: list[Kept] | None = field(default=None, repr=False)
    spill: Spill | None = field(default=None, repr=False)

    def add_source(self, spec: SourceSpec, account: Account, fp: str | None, at: int) -> None:
        """Another source of the same user: counts add up, repeated posts were dropped."""
        self.inputs.append((spec, fp))
        self.positions.append(at)
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
    def filtered(self) -> Filtered:
        """The kept posts (with `collect(keep=True)`; else none) and the counts."""
        return Filtered(self.kept or [], self.stats)

    @property
    def characters(self) -> int:
        """Kept text plus one separator per post: huggingtweets' size measure."""
        return self.text_chars + len(EOT) * self.stats.kept


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
    keep: bool = False,
    spill_dir: Path | None = None,
) -> list[UserData]:
    """Load, clean and filter every source, in the order given, counting as posts stream by.

    Sources whose author has the same handle (case-insensitive) are one user: a post seen
    in an earlier source (same id) is counted as a duplicate, never kept twice. Kept posts
    are listed in `UserData.kept` with `keep`, spilled as dataset rows under `spill_dir`
    (one folder per user) with it, and otherwise only counted and sampled.
    """
    specs = [parse_spec(s) if isinstance(s, str) else s for s in sources]
    if not specs:
        raise UserError("no sources given; name at least one, e.g. x-archive:archive.zip")
    users: dict[str, UserData] = {}
    for at, spec in enumerate(specs):
        if on_source is not None:
            on_source(spec)
        stream = load_posts(spec, options.load)
        name = stream.account.handle.lower()
        user = users.get(name)
        if user is None:
            user = UserData(spec, stream.account, positions=[at], inputs=[(spec, None)])
            user.kept = [] if keep else None
            if spill_dir is not None:
                user.spill = Spill(
                    spill_dir / str(len(users)),
                    options.seed,
                    stream.account.handle,
                    options.validation_fraction,
                )
            users[name] = user
            user.fingerprint = fp = _consume(stream, user, options)
            user.inputs[0] = (spec, fp)
        else:
            user.add_source(spec, stream.account, _consume(stream, user, options), at)
    return list(users.values())


def _consume(stream: PostStream, user: UserData, options: DatasetOptions) -> str | None:
    """Stream one source's kept posts to where `user` keeps them, counting into
    `user.stats`; return the source's fingerprint (computed once)."""
    known: list[str | None] = []

    def scope() -> str | None:
        if not known:
            known.append(stream.fingerprint())
        return known[0]

    chars = 0
    sample = user.sample.add if options.languages else None
    spill = user.spill.add if user.spill is not None else None
    listed = user.kept.append if user.kept is not None else None
    for row in iter_kept(stream, options.rules, user.stats, seen=user.seen, scope=scope):
        chars += len(row.text)
        if sample is not None:
            sample(row)
        if spill is not None:
            spill(row)
        if listed is not None:
            listed(row)
    user.text_chars += chars
    if user.spill is not None:
        user.spill.close()
    return scope()


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
    """Read every source and write the dataset folder; UserError leaves `out_dir` as it was.

    Kept posts stream to disk as they are read (`Spill`, in the temporary folder), and
    train.jsonl / validation.jsonl are written from there: memory does not grow with the
    archive.
    """
    out = Path(out_dir)
    _check_target(out)
    done: list[DatasetSummary] = []

    def write(tmp: Path) -> None:
        spills = tmp / ".rows"
        users = collect(sources, options, on_source=on_source, spill_dir=spills)
        warnings = size_warnings(users, options)
        key = dataset_key(all_inputs(users), options)
        summaries = [_summary(u, options) for u in users]
        avatars, avatar_warnings = _avatars(users, summaries, options)
        train_file, n_train = _write_lines(
            tmp / "train.jsonl", _train_lines(users, summaries, options)
        )
        validation_file, n_validation = _write_lines(
            tmp / "validation.jsonl", _validation_lines(users)
        )
        shutil.rmtree(spills)
        files = {"users.json": _pretty([_user_record(s) for s in summaries]), **avatars}
        described = {"train.jsonl": train_file, "validation.jsonl": validation_file}
        for name, data in files.items():
            (tmp / name).parent.mkdir(parents=True, exist_ok=True)
            (tmp / name).write_bytes(data)
            described[name] = {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
        manifest = _manifest(users, options, key, described, n_train, n_validation)
        (tmp / "manifest.json").write_bytes(_pretty(manifest))
        done.append(DatasetSummary(summaries, warnings + avatar_warnings, key, out))

    _write_folder(out, write)
    return done[0]


def _spill(user: UserData) -> Spill:
    assert user.spill is not None, "build_dataset collects with a spill folder"
    return user.spill


def _train_lines(
    users: Sequence[UserData], summaries: Sequence[UserSummary], options: DatasetOptions
) -> Iterator[bytes]:
    """Each user's train rows in split order, then their balancing copies (several users:
    huggingtweets repeated the smaller users' posts up to the largest one's characters)."""
    balancing = options.balance and len(users) > 1
    target = max(_spill(u).train_text for u in users) if balancing else 0
    for user, summary in zip(users, summaries, strict=True):
        spill = _spill(user)
        summary.train, summary.validation = spill.train_rows, spill.validation_rows
        summary.train_rows = spill.train_rows
        for head in spill.train():
            yield row_line(head, 0)
        for line in spill.copies(target):
            summary.train_rows += 1
            yield line


def _validation_lines(users: Sequence[UserData]) -> Iterator[bytes]:
    for user in users:
        for head in _spill(user).validation():
            yield row_line(head, 0)


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


def _write_lines(path: Path, lines: Iterable[bytes]) -> tuple[dict[str, object], int]:
    """Write JSON lines a batch at a time: (their sha256 and size, the line count)."""
    digest = hashlib.sha256()
    size = count = 0
    it = iter(lines)
    with open(path, "wb") as fh:
        while batch := list(islice(it, 4096)):
            data = b"".join(batch)
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

        found = user_languages(user.sample.items)
        summary.languages, summary.language_shares = found.codes, found.shares
        summary.language_sampled = found.sampled
    return summary


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
