"""Write the demo archives: two FICTIONAL accounts, @ada_lovecode and @grace_hopsalot.

Every post is made up for hubtools (no real person's posts): each persona has its own
sentence templates and vocabulary, so a model trained on them learns two distinguishable
voices. The output is an X-archive-style folder per account (data/tweets.js, account.js,
profile.js) with a realistic mix of reposts, replies, links, short posts and entities, so
`make demo` exercises the real X-archive source and the huggingtweets filtering rules.

The output is a pure function of this file (seeded, no clock): `hubtools.demo_posts` makes it
on first use into a cache keyed by this file's hash. The module needs only the standard
library, so a CI job can run it before hubtools is installed:

    python hubtools/demo_posts/generate.py DIR   # writes DIR/ada_lovecode, DIR/grace_hopsalot
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from pathlib import Path
from typing import Any

POSTS_PER_ACCOUNT = 480
# Changes whenever the generator does, so a cache of its output is never stale.
VERSION = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]

PERSONAS: dict[str, dict[str, Any]] = {
    "ada_lovecode": {
        "id": "7100000001",
        "name": "Ada Lovecode",
        "bio": "Poetical scientist. Writes programs for engines that do not exist yet.",
        "friends": ["grace_hopsalot", "charles_diffengine", "mary_somerset_dev"],
        "templates": [
            "The {machine} does not originate anything; it does whatever we know how to order it to {verb}.",
            "Spent the {time} translating notes on the {machine}. My footnotes are now longer than the paper.",
            "Poetical science is just {topic} with better metaphors.",
            "Today's note G: a table of {number} steps to compute {maths}. Tea required.",
            "Every {topic} problem is a weaving problem if you squint at the {machine} long enough.",
            "Reminder that {maths} is beautiful and you are allowed to {verb} it slowly.",
            "I would rather debug a {machine} by candlelight than sit through another {event}.",
            "Thinking about how {topic} and music are both patterns in time. The {machine} agrees.",
            "A loop is a promise you make to the {machine}: I will {verb} this again, and again.",
            "New draft of my {document} is up. It has {number} diagrams and one very tired author.",
            "Hot take: {topic} needs more imagination and fewer {complaint}.",
            "The punched cards for {maths} are done. {feeling}",
            "If the {machine} could compose music, would it prefer {music} or {music}?",
            "Morning plan: tea, {maths}, {verb} the {document}, more tea.",
            "Someone asked what my {machine} is for. Everything, eventually.",
            "Mathematics is the language in which the {machine} writes its {document}.",
            "Kept the lamp on until {clock} working through {maths}. Worth it.",
            "Small joy: a proof about {topic} that fits on one card.",
            "The difference between a {machine} and a calculator is the difference between a poem and a {complaint}.",
            "{feeling} The {document} finally reads the way I hear it in my head.",
        ],
        "words": {
            "machine": [
                "Analytical Engine",
                "engine",
                "loom",
                "difference engine",
                "mill",
                "store",
            ],
            "verb": ["perform", "weave", "compute", "iterate", "revise", "annotate", "unroll"],
            "time": ["evening", "whole afternoon", "night", "morning", "weekend"],
            "topic": [
                "mathematics",
                "computation",
                "algebra",
                "notation",
                "symbolic logic",
                "analysis",
            ],
            "number": ["25", "twelve", "forty", "seven", "a hundred"],
            "maths": [
                "Bernoulli numbers",
                "a series expansion",
                "the cycle of operations",
                "prime tables",
                "a recurrence",
            ],
            "event": ["dinner party", "committee meeting", "society ball", "lecture on phrenology"],
            "document": [
                "translation",
                "notes",
                "memoir",
                "letter to Charles",
                "table of operations",
            ],
            "complaint": [
                "committees",
                "opinions about corsets",
                "unfinished gears",
                "arguments about funding",
            ],
            "feeling": [
                "Exhausted and delighted.",
                "Quietly proud.",
                "Onwards.",
                "What a day.",
                "Victory!",
            ],
            "music": ["a fugue", "a waltz", "a hymn", "a sonata"],
            "clock": ["midnight", "two in the morning", "dawn", "the candle gave out"],
        },
        "short": ["tea.", "yes!", "so true", "onwards", "loops 🔁", "ha"],
        "tags": ["#poeticalscience", "#maths", "#engines", "#notes"],
        "emoji": ["✨", "🫖", "📜", "🔁", "🌙"],
        "links": ["https://example.org/notes/g", "https://example.org/engine/plans"],
    },
    "grace_hopsalot": {
        "id": "7100000002",
        "name": "Grace Hopsalot",
        "bio": "Rear admiral of compilers (fictional). Carries nanoseconds in her pocket.",
        "friends": ["ada_lovecode", "cobol_committee", "harbor_brewing"],
        "templates": [
            "Found a {bug} in relay {number} today. Taped it into the logbook. First actual case of a bug being found.",
            "This is a nanosecond: {length} of wire. Stop wasting them on {waste}.",
            "It's easier to ask forgiveness than it is to get {permission}.",
            "Wrote a compiler for {language} before breakfast. The coffee was the hard part.",
            "The most dangerous phrase in {place}: we've always done it this way.",
            "Brewing a new batch of {beer} this weekend. The recipe is basically a {language} program.",
            "Told the {audience} that a ship in port is safe, but that's not what ships are built for.",
            "Today's lesson for the {audience}: {lesson}.",
            "Humans are allergic to change. {language} is my allergy shot.",
            "If it's a good idea, go ahead and do it. You can {verb} the {paperwork} later.",
            "Handed out {number} nanoseconds at the {event}. Everyone wants a microsecond now.",
            "Debugging {system} again. The {bug} was in the {part}, as always.",
            "The {audience} asked why I keep a clock that runs counterclockwise. Because {reason}.",
            "Shipped a fix for the {system} and celebrated with a {beer}.",
            "{language} is not dead; it just pays the {bill}.",
            "Reminder: {lesson}. Also, hydrate.",
            "A {length} wire on my desk, a {beer} in the fridge, a {bug} in the {part}. Monday.",
            "Sailed past the {place} this morning. Thought about {system} the whole time.",
            "Whoever invented {paperwork} never had to meet a deadline at sea.",
            "Teaching {audience} to write {language} one {part} at a time.",
        ],
        "words": {
            "bug": ["moth", "beetle", "off-by-one", "race condition", "loose wire", "typo"],
            "number": ["70", "12", "three", "forty-two", "a hundred"],
            "length": ["11.8 inches", "about a foot", "30 centimetres", "one long pencil"],
            "waste": ["meetings", "slow loops", "bad indexes", "printing everything twice"],
            "permission": [
                "permission",
                "a signature",
                "three approvals",
                "the committee's blessing",
            ],
            "language": ["COBOL", "FLOW-MATIC", "assembly", "A-0", "a brand new language"],
            "place": [
                "the Navy",
                "any office",
                "the harbor",
                "committee rooms",
                "the computer lab",
            ],
            "beer": ["pale ale", "hoppy IPA", "stout", "lager", "saison"],
            "audience": [
                "midshipmen",
                "new programmers",
                "the committee",
                "my students",
                "the captains",
            ],
            "lesson": [
                "measure twice, compile once",
                "a picture of a nanosecond is worth a thousand memos",
                "write programs for people, not only for machines",
                "the future belongs to those who automate the boring parts",
            ],
            "verb": ["apologise for", "file", "sign", "explain"],
            "paperwork": ["forms", "memos", "paperwork", "budget request"],
            "event": ["conference", "harbor open day", "staff meeting", "graduation"],
            "system": [
                "payroll system",
                "logistics program",
                "compiler",
                "tape drive",
                "mainframe",
            ],
            "part": ["relay", "punch card", "loop", "tape", "subroutine"],
            "reason": [
                "time is what you make of it",
                "change is good",
                "it makes people ask questions",
            ],
            "bill": ["bills", "pensions", "salaries of half the planet"],
        },
        "short": ["aye", "ship it", "nope", "good.", "⚓", "ha!"],
        "tags": ["#nanoseconds", "#COBOL", "#debugging", "#homebrew"],
        "emoji": ["⚓", "🍺", "🐛", "⏱️", "🚢"],
        "links": ["https://example.org/nanosecond", "https://example.org/logbook/1947"],
    },
}


def _post(rnd: random.Random, p: dict[str, Any]) -> str:
    text = rnd.choice(p["templates"])
    while "{" in text:
        start = text.index("{")
        key = text[start + 1 : text.index("}", start)]
        text = text.replace("{" + key + "}", rnd.choice(p["words"][key]), 1)
    if rnd.random() < 0.15:
        text += " " + rnd.choice(p["emoji"])
    if rnd.random() < 0.12:
        text += " " + rnd.choice(p["tags"])
    if rnd.random() < 0.06:
        text = text.replace(" and ", " &amp; ", 1)
    return text[:280]


def posts_for(handle: str, n: int = POSTS_PER_ACCOUNT, seed: int = 7) -> list[dict[str, Any]]:
    p = PERSONAS[handle]
    rnd = random.Random(f"{seed}:{handle}")
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    base_id = int(p["id"]) * 10_000
    while len(out) < n:
        i = len(out)
        roll = rnd.random()
        reply_to = None
        if roll < 0.08:
            friend = rnd.choice(p["friends"])
            text = f"RT @{friend}: " + _post(rnd, PERSONAS[rnd.choice(list(PERSONAS))])
        elif roll < 0.18:
            reply_to = rnd.choice(p["friends"])
            text = f"@{reply_to} " + _post(rnd, p)
        elif roll < 0.23:
            text = rnd.choice(p["short"])
        else:
            text = _post(rnd, p)
            if rnd.random() < 0.12:
                text += " https://t.co/" + "".join(
                    rnd.choices("abcdefghkmnpqrstuvwxyz23456789", k=10)
                )
        if text in seen and not text.startswith("RT @"):
            continue
        seen.add(text)
        day = 1 + (n - i) * 27 // n
        tweet: dict[str, Any] = {
            "edit_info": {
                "initial": {"editTweetIds": [str(base_id + n - i)], "editsRemaining": "5"}
            },
            "retweeted": False,
            "source": '<a href="https://hubtools.invalid" rel="nofollow">hubtools demo</a>',
            "entities": {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []},
            "display_text_range": ["0", str(len(text))],
            "favorite_count": str(rnd.randrange(50)),
            "id_str": str(base_id + n - i),
            "truncated": False,
            "retweet_count": str(rnd.randrange(10)),
            "id": str(base_id + n - i),
            "created_at": f"Mon Mar {day:02d} {rnd.randrange(24):02d}:{rnd.randrange(60):02d}:00 +0000 2025",
            "favorited": False,
            "full_text": text,
            "lang": "en",
        }
        if " https://t.co/" in text:
            url = rnd.choice(p["links"])
            tweet["entities"]["urls"] = [
                {"url": text.rsplit(" ", 1)[1], "expanded_url": url, "display_url": url[8:]}
            ]
        if reply_to:
            tweet["in_reply_to_status_id_str"] = str(9_000_000 + i)
            tweet["in_reply_to_screen_name"] = reply_to
            tweet["in_reply_to_user_id_str"] = str(8_000_000 + p["friends"].index(reply_to))
        out.append({"tweet": tweet})
    return out


def _ytd(name: str, items: list[dict[str, Any]]) -> str:
    body = json.dumps(items, indent=2, ensure_ascii=False).replace('": ', '" : ')
    return f"window.YTD.{name}.part0 = {body}\n"


def write(root: Path) -> list[Path]:
    """One X-archive folder per persona under `root`; the same bytes on every call."""
    folders = []
    for handle, p in PERSONAS.items():
        data = root / handle / "data"
        data.mkdir(parents=True, exist_ok=True)
        (data / "tweets.js").write_bytes(_ytd("tweets", posts_for(handle)).encode())
        account = {
            "username": handle,
            "accountId": p["id"],
            "createdVia": "web",
            "createdAt": "2009-03-10T12:00:00.000Z",
            "accountDisplayName": p["name"],
        }
        (data / "account.js").write_bytes(_ytd("account", [{"account": account}]).encode())
        profile = {"description": {"bio": p["bio"], "website": "", "location": ""}}
        (data / "profile.js").write_bytes(_ytd("profile", [{"profile": profile}]).encode())
        folders.append(root / handle)
    return folders


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python -m hubtools.demo_posts.generate DIR")
    for folder in write(Path(sys.argv[1])):
        print(folder)
