"""Benchmark `hubtools data`'s hot path, its memory, and a huggingtweets port doing the same job.

It writes a synthetic X archive (`data/tweets.js` with the `window.YTD.tweets.part0 = `
prefix and tweet objects laid out like X's own: edit_info, entities, media, replies), then
measures, each run in its own process pinned to one CPU core:

- throughput (the target: >= 150,000 posts per CPU-second on 1,000,000 posts, the median
  of `--repeats` fresh processes, with its spread): parse +
  clean + filter + word segmentation (ICU, for posts short by spaces in an unspaced script)
  + language detection (a bounded sample, and loading the detector's model: from its cache,
  inflated once per machine, beforehand here), streaming, as
  `hubtools data` does before it hashes its inputs and writes rows: `iter_kept` over
  `load_posts`, a `Reservoir` of kept posts, `user_languages`;
- the whole `build_dataset` (`hubtools data -o DIR`: the above, plus the inputs'
  fingerprint and the dataset written) on 100,000 and on 1,000,000 posts, each in a child
  whose peak RSS is read with `wait4`: kept posts stream to disk, so the peak must not
  grow by more than 50 MB between the two;
- the peer: huggingtweets' `fix_text` / `clean_tweet` / `boring_tweet`, copied from its
  demo notebook, over the strongest reasonable parse of the same file (a typed msgspec
  decode of `full_text` only; `--port-json` uses the notebook's `json.loads`), against
  hubtools' filter without detection (the port detects nothing), on a prefix of the same
  archive. Both sides are warm, in their own processes, alternated round by round
  (`bench/fair.py`); wall and CPU ratios are printed with their spread.

Rates are posts per CPU-second of the measured process ("on one core" on a shared machine);
wall time is shown too. With --strict a missed target exits 1 (timings on a busy machine
vary).

    python bench/data.py                 # 1,000,000 posts
    python bench/data.py --posts 200000  # quicker (memory is still compared with 100,000)
    python bench/data.py --posts 200000 --multilingual 0.1  # 10% posts in other scripts

With `--multilingual`, that share of posts is in Japanese, Chinese, Thai, Korean, Russian,
Arabic, Hindi or German (some of them one word long), so segmentation and detection really
work; the port then counts unspaced-script posts as short, so its counts are not compared.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msgspec

TARGET_RATE = 150_000
TARGET_RATIO = 2.0
TARGET_GROWTH = 50e6  # bytes of peak RSS from 100,000 to 1,000,000 posts
SMALL = 100_000  # posts of the archive the peak RSS is compared with

# ------------------------------------------------------------------ synthetic archive

_WORDS = (
    "the be to of and a in that have it for not on with he as you do at this but his by from "
    "they we say her she or an will my one all would there their what so up out if about who "
    "get which go me when make can like time no just him know take people into year your good "
    "some could them see other than then now look only come its over think also back after use "
    "two how our work first well way even new want because any these give day most us code "
    "ship test deploy coffee morning train rain bug friday weekend garden book music concert "
    "pizza bike river mountain sunset city market bread tea night meeting idea project team "
    "launch release paper draft song film game match goal learn teach write read walk cook "
    "bake paint build fix today tomorrow again finally really always never maybe still very "
    "compiler kernel database latency thread async python rust typescript lambda cache queue "
    "review merge branch rebase terminal keyboard laptop server cloud network packet socket"
)
WORDS = tuple(_WORDS.split())
ACCENTED = ("café", "naïve", "déjà", "über", "señor", "façade", "jalapeño", "crème")
EMOJI = ("🙂", "🎉", "☕", "🚀", "🔥", "😅", "❤️", "👀", "🤔", "✨")
MOJIBAKE = ("cafÃ©", "donâ€™t", "Ã¼ber", "naÃ¯ve")  # UTF-8 read as Windows-1252
NAMES = ("grace", "linus", "margaret", "dennis", "barbara", "ken", "radia", "alan", "frances")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
SOURCE = '<a href=\\"https://mobile.twitter.com\\" rel=\\"nofollow\\">Twitter Web App</a>'
# (text, X's lang) for --multilingual: fictional posts, some short in their own script
OTHER_SCRIPTS = (
    ("今日は新しいコンパイラのテストを書いていました。思ったより早く終わって嬉しい！", "ja"),
    ("ありがとう！", "ja"),
    ("今天终于把这个数据库的缓存问题修好了，晚上去吃火锅庆祝一下", "zh"),
    ("好的", "zh"),
    ("วันนี้ฝนตกหนักมากเลย ต้องรอรถเมล์นานเกือบชั่วโมง", "th"),
    ("오늘 드디어 새 키보드가 도착했어요 타자 치는 느낌이 너무 좋네요", "ko"),
    ("Сегодня весь день идёт снег, город выглядит как в сказке", "ru"),
    ("الجو اليوم جميل جدا، سأخرج للمشي على الكورنيش مع أصدقائي", "ar"),
    ("सुबह की चाय और बारिश की आवाज़, इससे अच्छा कुछ नहीं", "hi"),
    ("Heute endlich den Fehler im Parser gefunden, es war natürlich ein Tippfehler", "de"),
)

TWEET = """  {{
    "tweet" : {{
      "edit_info" : {{
        "initial" : {{
          "editTweetIds" : [
            "{id}"
          ],
          "editableUntil" : "2022-12-02T20:06:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : {editable}
        }}
      }},
      "retweeted" : false,
      "source" : "{source}",
      "entities" : {{
        "hashtags" : [{hashtags}],
        "symbols" : [ ],
        "user_mentions" : [{mentions}],
        "urls" : [{urls}]
      }},
      "display_text_range" : [
        "0",
        "{length}"
      ],
      "favorite_count" : "{favs}",{reply}
      "id_str" : "{id}",
      "truncated" : false,
      "retweet_count" : "{rts}",
      "id" : "{id}",
      "possibly_sensitive" : false,
      "created_at" : "{date}",
      "favorited" : false,
      "full_text" : {text},
      "lang" : "{lang}"{media}
    }}
  }}"""
REPLY = """
      "in_reply_to_status_id_str" : "{sid}",
      "in_reply_to_user_id" : "{uid}",
      "in_reply_to_status_id" : "{sid}",
      "in_reply_to_screen_name" : "{name}",
      "in_reply_to_user_id_str" : "{uid}","""
HASHTAG = """
          {{
            "text" : "{tag}",
            "indices" : [
              "{a}",
              "{b}"
            ]
          }}
        """
MENTION = """
          {{
            "name" : "{name}",
            "screen_name" : "{name}",
            "indices" : [
              "0",
              "{b}"
            ],
            "id_str" : "{uid}",
            "id" : "{uid}"
          }}
        """
URL = """
          {{
            "url" : "{tco}",
            "expanded_url" : "{expanded}",
            "display_url" : "{display}",
            "indices" : [
              "{a}",
              "{b}"
            ]
          }}
        """
MEDIA = """,
      "extended_entities" : {{
        "media" : [
          {{
            "expanded_url" : "https://twitter.com/ada_lovecode/status/{id}/photo/1",
            "indices" : [
              "{a}",
              "{b}"
            ],
            "url" : "{tco}",
            "media_url" : "http://pbs.twimg.com/media/{key}.jpg",
            "id_str" : "{mid}",
            "id" : "{mid}",
            "media_url_https" : "https://pbs.twimg.com/media/{key}.jpg",
            "sizes" : {{
              "large" : {{ "w" : "2048", "h" : "1536", "resize" : "fit" }},
              "thumb" : {{ "w" : "150", "h" : "150", "resize" : "crop" }},
              "medium" : {{ "w" : "1200", "h" : "900", "resize" : "fit" }},
              "small" : {{ "w" : "680", "h" : "510", "resize" : "fit" }}
            }},
            "type" : "photo",
            "display_url" : "pic.twitter.com/{key}"
          }}
        ]
      }}"""


def _tco(rnd: random.Random) -> str:
    return "https://t.co/" + "".join(rnd.choices("abcdefghijkLMNOPQRS0123456789", k=10))


def _tweet(i: int, rnd: random.Random, multilingual: float = 0.0) -> str:
    tweet_id = str(1_200_000_000_000_000_000 + i * 7919)
    words = rnd.choices(WORDS, k=max(1, min(45, int(rnd.gauss(14, 8)))))
    lang = "en"
    if multilingual and rnd.random() < multilingual:
        other, lang = rnd.choice(OTHER_SCRIPTS)
        words = [other]
    roll = rnd.random()
    if roll < 0.08:  # short: one or two words, or only a link / mention
        words = words[:2] if rnd.random() < 0.6 else []
    if rnd.random() < 0.25:
        words.insert(rnd.randrange(len(words) + 1), rnd.choice(EMOJI))
    if rnd.random() < 0.08:
        words.insert(rnd.randrange(len(words) + 1), rnd.choice(ACCENTED))
    if rnd.random() < 0.1 and words:
        words[rnd.randrange(len(words))] = "it’s"
    if rnd.random() < 0.004:
        words.insert(rnd.randrange(len(words) + 1), rnd.choice(MOJIBAKE))
    if rnd.random() < 0.04:
        words.insert(rnd.randrange(len(words) + 1), rnd.choice(("&amp;", "&gt;", "&lt;3")))
    hashtags = ""
    if rnd.random() < 0.12:
        tag = rnd.choice(WORDS)
        words.append("#" + tag)
        hashtags = HASHTAG.format(tag=tag, a=0, b=len(tag) + 1)
    text = " ".join(words)
    if rnd.random() < 0.02 and len(text) > 10:  # a URL glued to punctuation
        text = text + " (" + _tco(rnd) + ")"
    urls = media = reply = mentions = ""
    if rnd.random() < 0.3:
        tco = _tco(rnd)
        if rnd.random() < 0.1:
            expanded = f"https://twitter.com/{rnd.choice(NAMES)}/status/{rnd.getrandbits(60)}"
        else:
            expanded = f"https://example.com/{rnd.choice(WORDS)}/{rnd.getrandbits(24)}"
        urls = URL.format(tco=tco, expanded=expanded, display=expanded[8:30], a=0, b=23)
        text = f"{text}\n{tco}" if rnd.random() < 0.2 else f"{text} {tco}"
    if rnd.random() < 0.1:
        tco = _tco(rnd)
        key = "".join(rnd.choices("ABCDEFGHIJKLMNOPabcdefgh0123456789_", k=15))
        media = MEDIA.format(id=tweet_id, tco=tco, key=key, mid=rnd.getrandbits(60), a=0, b=23)
        text = f"{text} {tco}".strip()
    kind = rnd.random()
    if kind < 0.12:
        name = rnd.choice(NAMES)
        text = f"RT @{name}: {text}"
    elif kind < 0.32:
        name = rnd.choice(NAMES)
        uid = str(10_000 + NAMES.index(name))
        text = f"@{name} {text}"
        reply = REPLY.format(sid=rnd.getrandbits(60), uid=uid, name=name)
        mentions = MENTION.format(name=name, uid=uid, b=len(name) + 1)
    second = 59 - i % 60
    date = (
        f"{DAYS[i % 7]} {MONTHS[(i // 50_000) % 12]} {1 + (i // 2000) % 28:02d} "
        f"{(i // 3600) % 24:02d}:{(i // 60) % 60:02d}:{second:02d} +0000 {2022 - i // 400_000}"
    )
    return TWEET.format(
        id=tweet_id,
        editable="true" if i % 3 else "false",
        source=SOURCE,
        hashtags=hashtags or " ",
        mentions=mentions or " ",
        urls=urls or " ",
        length=len(text),
        favs=rnd.randrange(200),
        rts=rnd.randrange(20),
        reply=reply,
        date=date,
        text=json.dumps(text, ensure_ascii=False),
        lang=lang,
        media=media,
    )


def generate(folder: Path, posts: int, seed: int = 1, multilingual: float = 0.0) -> int:
    """Write folder/data/tweets.js and account.js; return tweets.js's size in bytes."""
    rnd = random.Random(seed)
    data = folder / "data"
    data.mkdir(parents=True, exist_ok=True)
    (data / "account.js").write_text(
        'window.YTD.account.part0 = [\n  {\n    "account" : {\n'
        '      "username" : "ada_lovecode",\n      "accountId" : "42",\n'
        '      "accountDisplayName" : "Ada Lovecode"\n    }\n  }\n]',
        encoding="utf-8",
    )
    with open(data / "tweets.js", "w", encoding="utf-8") as fh:
        fh.write("window.YTD.tweets.part0 = [\n")
        batch: list[str] = []
        for i in range(posts):
            batch.append(_tweet(i, rnd, multilingual))
            if len(batch) == 10_000:
                fh.write(",\n".join(batch))
                batch = []
                if i + 1 < posts:
                    fh.write(",\n")
        if batch:
            fh.write(",\n".join(batch))
        fh.write("\n]")
    return (data / "tweets.js").stat().st_size


# ------------------------------------------------------------------ huggingtweets port
# From huggingtweets-demo.ipynb (borisdayma/huggingtweets): `clean_tweet` and `boring_tweet`
# are the copies the tests hold as their reference (tests/fixtures/huggingtweets.py).
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from fixtures.huggingtweets import boring_tweet, clean_tweet  # noqa: E402


def fix_text(text):
    text = text.replace("&amp;", "&")
    text = text.replace("&lt;", "<")
    text = text.replace("&gt;", ">")
    return text


def run_port(folder: Path, parser: str = "msgspec") -> dict[str, int]:
    with open(folder / "data" / "tweets.js", "rb") as fh:
        content = fh.read()
    body = content[content.index(b"[") :]
    del content
    if parser == "json":
        all_texts = [item["tweet"]["full_text"] for item in json.loads(body)]
    else:
        all_texts = [item.tweet.full_text for item in _port_decoder().decode(body)]
    del body
    all_tweets = [t for t in all_texts if not t.startswith("RT @")]
    n_tweets, n_rt = len(all_texts), len(all_texts) - len(all_tweets)
    curated_tweets = [fix_text(tweet) for tweet in all_tweets]
    clean_tweets = [clean_tweet(tweet) for tweet in curated_tweets]
    cool_tweets = [tweet for tweet in clean_tweets if not boring_tweet(tweet)]
    return {
        "downloaded": n_tweets,
        "retweets": n_rt,
        "short": len(all_tweets) - len(cool_tweets),
        "kept": len(cool_tweets),
    }


class _PortTweet(msgspec.Struct):
    full_text: str


class _PortItem(msgspec.Struct):
    tweet: _PortTweet


def _port_decoder() -> msgspec.json.Decoder[list[_PortItem]]:
    return msgspec.json.Decoder(list[_PortItem])


def run_hubtools(folder: Path, languages: bool = True) -> dict[str, int]:
    """Parse, clean, filter, segment and (with `languages`) detect: no hashing, no writing."""
    from hubtools.dataset.filters import Rules, iter_kept
    from hubtools.dataset.language import Reservoir, user_languages
    from hubtools.dataset.stats import UserStats
    from hubtools.sources import load_posts

    stats, sample = UserStats(), Reservoir()
    add = sample.add if languages else None  # bound once, as build.py does
    for row in iter_kept(load_posts(f"x-archive:{folder}"), Rules(), stats):
        if add is not None:
            add(row)
    if languages:
        found = user_languages(sample.items)
        print(f"languages {found.shares}", file=sys.stderr)
    return {k: getattr(stats, k) for k in ("downloaded", "retweets", "short", "kept")}


def run_build(folder: Path) -> dict[str, int]:
    """`hubtools data -o DIR`: the whole dataset build, written to a temporary folder."""
    from hubtools.dataset import DatasetOptions, build_dataset

    with tempfile.TemporaryDirectory(prefix="hubtools-bench-out-") as out:
        summary = build_dataset([f"x-archive:{folder}"], Path(out) / "ds", DatasetOptions())
    stats = summary.users[0].stats
    return {k: getattr(stats, k) for k in ("downloaded", "retweets", "short", "kept")}


# ------------------------------------------------------------------ measurement


def child(which: str, folder: Path, languages: bool = True) -> None:
    """Run one job on one core; print its CPU and wall seconds and counts as JSON."""
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    importlib.import_module("hubtools.dataset")  # imports are not what is measured
    importlib.import_module("hubtools.sources")
    if languages:  # modules only: loading the detector's model is measured
        importlib.import_module("hubtools.dataset.language")
        importlib.import_module("py3langid.langid")
    start, cpu_start = time.perf_counter(), time.process_time()
    counts = run_build(folder) if which == "build" else run_hubtools(folder, languages)
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu_start
    print(json.dumps({"seconds": seconds, "cpu_seconds": cpu_seconds, "counts": counts}))


def measure(which: str, folder: Path, languages: bool = True) -> dict[str, Any]:
    """Run `child` in a fresh process; its peak RSS comes from `wait4`, for it alone."""
    extra = [] if languages else ["--no-languages"]
    proc = subprocess.Popen(
        [sys.executable, __file__, "--child", which, str(folder), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stderr is not None
    out, err = proc.stdout.read(), proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"{which} child failed ({proc.returncode}):\n{err}")
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    result["peak"] = usage.ru_maxrss * 1024
    return result


def _peer_setup(which: str, folder: Path, port_parser: str) -> Callable[[], Callable[[], object]]:
    def setup() -> Callable[[], object]:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
        if which == "hubtools":
            importlib.import_module("hubtools.dataset")
            importlib.import_module("hubtools.sources.xarchive")
            return lambda: run_hubtools(folder, languages=False)
        return lambda: run_port(folder, port_parser)

    return setup


def peer(folder: Path, posts: int, rounds: int, port_parser: str) -> tuple[float, bool]:
    """hubtools (no detection) vs the port on the same posts, warm and alternated."""
    sys.path.insert(0, str(Path(__file__).parent))
    from fair import compare

    ours, theirs = run_hubtools(folder, languages=False), run_port(folder, port_parser)
    label = "port (" + ("json.loads" if port_parser == "json" else "typed msgspec") + ")"
    result = compare(
        ("hubtools filter (no detection)", _peer_setup("hubtools", folder, port_parser)),
        (label, _peer_setup("port", folder, port_parser)),
        rounds=rounds,
        round_s=0.0,
    )
    print(f"peer      {posts:,} posts, each side warm in its own process, alternated:")
    for name, rounds_ in ((result.a, result.a_rounds), (result.b, result.b_rounds)):
        wall = statistics.median(r.wall for r in rounds_)
        cpu = statistics.median(r.cpu for r in rounds_)
        print(
            f"  {name:32s} {cpu:6.2f} s CPU ({posts / cpu:9,.0f} posts/CPU-s)  "
            f"{wall:6.2f} s wall ({posts / wall:9,.0f} posts/s), medians"
        )
    for attr in ("wall", "cpu"):
        r = result.ratios(attr)
        print(
            f"  ratio ({attr}): {statistics.median(r):.2f}x "
            f"(min {min(r):.2f}, max {max(r):.2f}, {len(r)} alternated rounds)"
        )
    same = ours == theirs
    print(f"          counts: hubtools == port: {'yes' if same else 'NO'} {theirs}")
    return statistics.median(result.ratios("cpu")), same


def _line(name: str, result: dict[str, Any], posts: int) -> float:
    rate = posts / result["cpu_seconds"]
    print(
        f"{name:28s} {posts:>9,} posts  {result['cpu_seconds']:7.2f} s CPU "
        f"({result['seconds']:6.2f} s wall)  {rate:9,.0f} posts/CPU-s  "
        f"peak RSS {result['peak'] / 1e6:6,.0f} MB"
    )
    return rate


def warm_model() -> None:
    """Inflate the detector's model into its cache, as any earlier run on this machine has.

    Measured runs then load it as every run but a machine's first does (~0.05 s, not ~0.5 s
    of LZMA); the first run's cost is printed."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    from hubtools.dataset.langid_model import cache_path, model_arrays

    model = Path(MODEL_DIR) / MODEL_FILE
    if cache_path(model).exists():
        return
    start = time.process_time()
    model_arrays(model)
    print(f"model     inflated into the cache once: {time.process_time() - start:.2f} s CPU")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=1_000_000)
    parser.add_argument(
        "--port-posts", type=int, default=50_000, help="posts for the peer comparison"
    )
    parser.add_argument("--rounds", type=int, default=5, help="alternated peer rounds")
    parser.add_argument(
        "--repeats", type=int, default=3, help="fresh processes timing the hot path (median)"
    )
    parser.add_argument("--port-json", action="store_true", help="the port parses with json")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="write the archives here and keep them")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument(
        "--multilingual",
        type=float,
        default=0.0,
        metavar="SHARE",
        help="share of posts in other scripts (ja, zh, th, ko, ru, ar, hi, de)",
    )
    parser.add_argument("--no-languages", action="store_true", help="leave out language detection")
    parser.add_argument("--child", nargs=2, metavar=("WHICH", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]), not args.no_languages)
        return 0

    root = args.keep or Path(tempfile.mkdtemp(prefix="hubtools-bench-"))
    sizes = {"full": args.posts, "small": min(SMALL, args.posts), "peer": args.port_posts}
    try:
        start = time.perf_counter()
        for name, posts in sizes.items():  # the same generator and seed: prefixes of one
            if not (root / name / "data" / "tweets.js").exists():
                generate(root / name, posts, args.seed, args.multilingual)
        print(f"archives  {sizes} posts (generated in {time.perf_counter() - start:.1f} s)")
        languages = not args.no_languages
        if languages:
            warm_model()
        runs = [measure("filter", root / "full", languages) for _ in range(args.repeats)]
        build_small = measure("build", root / "small")
        build_full = measure("build", root / "full")
        ratio, same = peer(
            root / "peer", args.port_posts, args.rounds, "json" if args.port_json else "msgspec"
        )
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)

    what = "with" if languages else "without"
    rates = [_line(f"filter+segment, {what} detection", run, args.posts) for run in runs]
    ours, rate = runs[0], statistics.median(rates)
    print(f"rate      {rate:,.0f} posts/CPU-s, median of {len(rates)} fresh processes "
          f"(min {min(rates):,.0f}, max {max(rates):,.0f}): this VM's CPU varies run to run")  # fmt: skip
    _line("build_dataset", build_small, sizes["small"])
    _line("build_dataset", build_full, args.posts)
    growth = build_full["peak"] - build_small["peak"]
    print(f"counts    hubtools {ours['counts']}")
    print(
        f"memory    peak RSS {build_full['peak'] / 1e6:,.0f} MB at {args.posts:,} posts, "
        f"{build_small['peak'] / 1e6:,.0f} MB at {sizes['small']:,}: {growth / 1e6:+,.0f} MB"
    )
    print(f"speed-up  {ratio:.1f}x the port, CPU, median of {args.rounds} alternated rounds")

    failed = []
    if rate < TARGET_RATE:
        failed.append(f"rate {rate:,.0f} < {TARGET_RATE:,} posts/CPU-s")
    if growth > TARGET_GROWTH:
        failed.append(f"peak RSS grew {growth / 1e6:,.0f} MB > {TARGET_GROWTH / 1e6:.0f} MB")
    if ratio < TARGET_RATIO:
        failed.append(f"speed-up {ratio:.1f}x < {TARGET_RATIO}x")
    if not same and not args.multilingual:  # the port drops unspaced scripts as short
        failed.append("counts differ from the port")
    one, five, fifteen = os.getloadavg()
    print(f"load      average {one:.2f} {five:.2f} {fifteen:.2f} (1, 5, 15 min)")
    print("targets   " + ("all met" if not failed else "MISSED: " + "; ".join(failed)))
    return 1 if failed and args.strict else 0


if __name__ == "__main__":
    sys.exit(main())
