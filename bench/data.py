"""Benchmark `hubtools data`'s hot path against a straight port of huggingtweets.

It writes a synthetic X archive (`data/tweets.js` with the `window.YTD.tweets.part0 = `
prefix and tweet objects laid out like X's own: edit_info, entities, media, replies), then
parses + cleans + filters it end to end (JSON parsing included), twice, each in its own
process pinned to one CPU core:

- hubtools: `filter_posts(load_posts("x-archive:DIR"))`, then the user's languages detected
  (`user_languages`: a bounded sample, and loading the detector's model once) — with word
  segmentation (ICU, for posts short by spaces in an unspaced script) on, as `hubtools data`
  runs; `--no-languages` leaves detection out (the prefix run, compared with the port,
  always does: the port detects nothing);
- port: huggingtweets' `fix_text` / `clean_tweet` / `boring_tweet`, copied from its demo
  notebook, over `json.loads` of the whole file (retweets: text starting with `RT @`).

It prints posts/s (per CPU-second of the measured process, which is what "on one core"
means on a shared machine; wall time is shown too), the peak memory (max RSS) against the
archive's size on disk, the ratio to the port, checks that both count the same, and says
whether the targets are met (>= 150,000 posts/s, >= 2x the port, peak memory < 2x the
archive); with --strict a missed target exits 1 (timings on a busy machine vary).
The port's `json.loads` of the whole file needs ~14x the archive in memory, so it runs on
the first 200,000 posts (same generator, same seed), next to hubtools on the same prefix.

    python bench/data.py                 # 1,000,000 posts
    python bench/data.py --posts 100000  # quicker
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
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_RATE = 150_000
TARGET_RATIO = 2.0
TARGET_MEMORY = 2.0

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
# From huggingtweets-demo.ipynb (borisdayma/huggingtweets), unchanged but for formatting.
import re  # noqa: E402

ALLOW_NEW_LINES = False


def fix_text(text):  # type: ignore[no-untyped-def]
    text = text.replace("&amp;", "&")
    text = text.replace("&lt;", "<")
    text = text.replace("&gt;", ">")
    return text


def clean_tweet(tweet, allow_new_lines=ALLOW_NEW_LINES):  # type: ignore[no-untyped-def]
    bad_start = ["http:", "https:"]
    for w in bad_start:
        tweet = re.sub(f" {w}\\S+", "", tweet)  # removes white space before url
        tweet = re.sub(f"{w}\\S+ ", "", tweet)  # in case a tweet starts with a url
        tweet = re.sub(f"\n{w}\\S+ ", "", tweet)  # in case the url is on a new line
        tweet = re.sub(f"\n{w}\\S+", "", tweet)  # in case the url is alone on a new line
        tweet = re.sub(f"{w}\\S+", "", tweet)  # any other case?
    tweet = re.sub(" +", " ", tweet)  # replace multiple spaces with one space
    if not allow_new_lines:  # TODO: predictions seem better without new lines
        tweet = " ".join(tweet.split())
    return tweet.strip()


def boring_tweet(tweet):  # type: ignore[no-untyped-def]
    "Check if this is a boring tweet"
    boring_stuff = ["http", "@", "#"]
    not_boring_words = len(
        [None for w in tweet.split() if all(bs not in w.lower() for bs in boring_stuff)]
    )
    return not_boring_words < 3


def run_port(folder: Path) -> dict[str, int]:
    with open(folder / "data" / "tweets.js", encoding="utf-8") as fh:
        content = fh.read()
    tweets = [item["tweet"] for item in json.loads(content[content.index("[") :])]
    del content
    all_tweets = [t["full_text"] for t in tweets if not t["full_text"].startswith("RT @")]
    n_tweets, n_rt = len(tweets), len(tweets) - len(all_tweets)
    curated_tweets = [fix_text(tweet) for tweet in all_tweets]
    clean_tweets = [clean_tweet(tweet) for tweet in curated_tweets]
    cool_tweets = [tweet for tweet in clean_tweets if not boring_tweet(tweet)]
    return {
        "downloaded": n_tweets,
        "retweets": n_rt,
        "short": len(all_tweets) - len(cool_tweets),
        "kept": len(cool_tweets),
    }


def run_hubtools(folder: Path, languages: bool = True) -> dict[str, int]:
    from hubtools.dataset import filter_posts
    from hubtools.sources import load_posts

    filtered = filter_posts(load_posts(f"x-archive:{folder}"))
    if languages:
        from hubtools.dataset.language import user_languages

        found = user_languages(filtered.kept)
        print(f"languages {found.shares}", file=sys.stderr)
    stats = filtered.stats
    return {k: getattr(stats, k) for k in ("downloaded", "retweets", "short", "kept")}


# ------------------------------------------------------------------ measurement


def child(which: str, folder: Path, languages: bool = True) -> None:
    """Run one implementation on one core; print seconds, counts and peak RSS as JSON."""
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    if which == "hubtools":
        importlib.import_module("hubtools.dataset")  # imports are not what is measured
        importlib.import_module("hubtools.sources")
        if languages:  # modules only: loading the detector's model is measured
            importlib.import_module("hubtools.dataset.language")
            importlib.import_module("py3langid.langid")
    start, cpu_start = time.perf_counter(), time.process_time()
    counts = run_hubtools(folder, languages) if which == "hubtools" else run_port(folder)
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu_start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(
        json.dumps(
            {
                "seconds": seconds,
                "cpu_seconds": cpu_seconds,
                "counts": counts,
                "peak": peak,
                "cpu": cpu,
            }
        )
    )


def measure(which: str, folder: Path, languages: bool = True) -> dict[str, object]:
    extra = [] if languages else ["--no-languages"]
    out = subprocess.run(
        [sys.executable, __file__, "--child", which, str(folder), *extra],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=1_000_000)
    parser.add_argument(
        "--port-posts",
        type=int,
        default=200_000,
        help="posts for the port's run (its json.loads needs ~14x the archive in memory); "
        "both implementations run on this prefix for the like-for-like ratio",
    )
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
    port_posts = min(args.port_posts, args.posts)
    try:
        start = time.perf_counter()
        size = generate(root / "full", args.posts, args.seed, args.multilingual)
        # the same first posts
        small_size = generate(root / "prefix", port_posts, args.seed, args.multilingual)
        print(
            f"archive   {args.posts:,} posts, tweets.js {size / 1e6:,.0f} MB; prefix of "
            f"{port_posts:,} posts {small_size / 1e6:,.0f} MB "
            f"(generated in {time.perf_counter() - start:.1f} s)"
        )
        languages = not args.no_languages
        ours = measure("hubtools", root / "full", languages)
        # like for like with the port, which detects no language
        ours_small = measure("hubtools", root / "prefix", languages=False)
        port = measure("port", root / "prefix")
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)

    def line(name: str, result: dict, posts: int, archive: int) -> float:
        rate = posts / result["cpu_seconds"]
        print(
            f"{name:17s} {posts:>9,} posts  {result['cpu_seconds']:7.2f} s CPU "
            f"({result['seconds']:6.2f} s wall)  {rate:9,.0f} posts/s  "
            f"peak {result['peak'] / 1e6:6,.0f} MB = {result['peak'] / archive:5.2f}x archive"
        )
        return rate

    rate = line("hubtools", ours, args.posts, size)
    small_rate = line("hubtools (prefix)", ours_small, port_posts, small_size)
    port_rate = line("port (prefix)", port, port_posts, small_size)
    ratio = small_rate / port_rate
    same = port["counts"] == ours_small["counts"]
    print(f"counts    hubtools {ours['counts']}")
    print(f"          prefix: hubtools == port: {'yes' if same else 'NO'} {port['counts']}")
    print(f"speed-up  {ratio:.1f}x the port (same {port_posts:,} posts, one core each)")

    failed = []
    if rate < TARGET_RATE:
        failed.append(f"rate {rate:,.0f} < {TARGET_RATE:,} posts/s")
    if ours["peak"] >= TARGET_MEMORY * size:
        failed.append(f"peak memory {ours['peak'] / size:.2f}x >= {TARGET_MEMORY}x the archive")
    if ratio < TARGET_RATIO:
        failed.append(f"speed-up {ratio:.1f}x < {TARGET_RATIO}x")
    if not same and not args.multilingual:  # the port drops unspaced scripts as short
        failed.append("counts differ from the port")
    print("targets   " + ("all met" if not failed else "MISSED: " + "; ".join(failed)))
    return 1 if failed and args.strict else 0


if __name__ == "__main__":
    sys.exit(main())
