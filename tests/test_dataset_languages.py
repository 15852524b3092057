"""Languages: every script counted and detected, per user, from a bounded sample + hints."""

from __future__ import annotations

import functools
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from fixtures.posts import builders as b

from hubtools.dataset import DatasetOptions, build_dataset
from hubtools.dataset import language as lang_mod
from hubtools.dataset.filters import Kept
from hubtools.dataset.language import SAMPLE, detect, iso639_1, user_languages, vote
from hubtools.sources.model import Post

LANGS = ("en", "de", "ru", "ar", "hi", "ja", "zh", "ko", "th")


def _kept(texts: list[str], hint: str | None = None) -> list[Kept]:
    return [Kept(Post(str(i), "ada", t, lang=hint), t) for i, t in enumerate(texts)]


def test_detector_accuracy_on_the_multilingual_set():
    """Measured: 138/138 whole posts, 129/138 on their first three words (py3langid 0.4)."""
    posts = [(lang, t) for lang, texts in b.MULTILINGUAL.items() for t in texts]
    whole = sum(detect(t)[0] == lang for lang, t in posts) / len(posts)
    assert whole >= 0.97
    three = [(lang, " ".join(t.split()[:3]) if len(t.split()) > 3 else t[:12]) for lang, t in posts]
    assert sum(detect(t)[0] == lang for lang, t in three) / len(three) >= 0.85


def test_mentions_tags_and_links_are_not_language():
    assert detect("@grace_hopsalot #devlife https://t.co/abc") == (None, 0.0)
    text = "@bob_builder @alice_smith Heute endlich den Fehler im Parser gefunden #bugfix"
    assert detect(text)[0] == "de"


@pytest.mark.parametrize(
    ("tag", "code"),
    [
        ("en", "en"),
        ("pt-BR", "pt"),
        ("zh_Hant", "zh"),
        ("EN-us", "en"),
        ("in", "id"),  # X's old code for Indonesian
        ("iw", "he"),
        ("arz", "ar"),  # Egyptian Arabic folds into Arabic
        ("yue", "zh"),
        ("und", None),
        ("qme", None),  # X: media only
        ("qht", None),  # X: hashtags only
        ("zxx", None),
        ("", None),
        (None, None),
        ("grc", None),  # no ISO 639-1 code
    ],
)
def test_tags_become_iso639_1(tag, code):
    assert iso639_1(tag) == code


def test_hints_and_detection_combined():
    german = b.MULTILINGUAL["de"][0]
    assert vote(german, "en") == "de"  # a composer's default hint loses to a sure detection
    assert vote(german, "de") == "de"
    assert vote("🎉🎉 #launch", "ja") == "ja"  # nothing to read: the hint decides
    assert vote("🎉🎉 #launch", "und") is None
    assert vote("🎉🎉 #launch", None) is None


def test_a_mixed_user_lists_languages_most_used_first():
    texts = list(b.MULTILINGUAL["de"]) * 6 + list(b.MULTILINGUAL["en"]) * 3
    texts += [b.MULTILINGUAL["fr"][0]]  # one post in French: under 10%, noise
    found = user_languages(_kept(texts))
    assert found.codes == ["de", "en"]
    assert found.shares["de"] == pytest.approx(72 / 109, abs=0.001)
    assert found.shares["en"] == pytest.approx(36 / 109, abs=0.001)
    assert found.sampled == 109
    assert user_languages([]).codes == []


def test_detection_reads_a_bounded_sample(monkeypatch: pytest.MonkeyPatch):
    calls: list[str] = []
    real = lang_mod.detect

    def counted(text: str) -> tuple[str | None, float]:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(lang_mod, "detect", counted)
    texts = [b.MULTILINGUAL["ru"][i % 12] for i in range(5000)]
    found = user_languages(_kept(texts))
    assert found.codes == ["ru"] and found.sampled == SAMPLE
    assert len(calls) == SAMPLE
    assert len(set(calls)) == 12  # spread over the whole history, not its first posts


def _jsonl(folder: Path, handle: str, texts: list[str]) -> Path:
    path = folder / f"{handle}.jsonl"
    rows = [{"id": str(i), "text": t, "author": handle} for i, t in enumerate(texts)]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


def test_every_language_through_jsonl_into_users_json(tmp_path: Path):
    sources, expected = [], {}
    for lang in LANGS:
        texts = list(b.MULTILINGUAL[lang]) + list(b.SHORT_MULTILINGUAL[lang])
        sources.append(f"jsonl:{_jsonl(tmp_path, f'user_{lang}', texts)}")
        expected[f"user_{lang}"] = (
            lang,
            len(b.MULTILINGUAL[lang]),
            len(b.SHORT_MULTILINGUAL[lang]),
        )
    out = tmp_path / "out"
    build_dataset(sources, out, DatasetOptions(min_chars=0))
    users = json.loads((out / "users.json").read_text("utf-8"))
    for user in users:
        lang, kept, short = expected[user["handle"]]
        assert (user["stats"]["kept"], user["stats"]["short"]) == (kept, short), user["handle"]
        assert user["languages"] == [lang], user["handle"]
        assert user["language_shares"] == {lang: 1.0}
        assert user["language_sampled"] == kept


def test_x_archive_hints_reach_users_json(tmp_path: Path):
    """X's own `lang` is a hint; `und`/`qme` say nothing; detection decides the mix."""
    tweets = [b.Tweet(t, id=f"de{i}", lang="de") for i, t in enumerate(b.MULTILINGUAL["de"])]
    tweets += [b.Tweet(t, id=f"ja{i}", lang="und") for i, t in enumerate(b.MULTILINGUAL["ja"][:6])]
    tweets += [b.Tweet("🎉🎉🎉 🎉🎉", id=f"e{i}", lang="qme") for i in range(3)]
    folder = b.write_folder(tmp_path / "x", b.archive_files(tweets, manifest=True))
    out = tmp_path / "out"
    build_dataset([f"x-archive:{folder}"], out, DatasetOptions(min_chars=0))
    [user] = json.loads((out / "users.json").read_text("utf-8"))
    assert user["languages"] == ["de", "ja"]
    assert user["language_shares"] == {"de": round(12 / 18, 3), "ja": round(6 / 18, 3)}


def test_languages_off_records_none(tmp_path: Path):
    path = _jsonl(tmp_path, "ada", list(b.MULTILINGUAL["en"]))
    out = tmp_path / "out"
    build_dataset([f"jsonl:{path}"], out, DatasetOptions(min_chars=0, languages=False))
    [user] = json.loads((out / "users.json").read_text("utf-8"))
    assert user["languages"] == [] and user["language_sampled"] == 0


PROBE = """
import sys
from typer.testing import CliRunner
from hubtools.cli.main import app
CliRunner().invoke(app, {argv!r})
print("LOADED=" + ",".join(m for m in ("icu4py", "py3langid", "numpy", "regex") if m in sys.modules))
"""


@pytest.mark.parametrize("argv", [["data", "--help"], ["card", "render", "--help"]])
def test_help_loads_no_segmenter_or_detector(argv):
    out = subprocess.run(
        [sys.executable, "-c", PROBE.format(argv=argv)], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip().splitlines()[-1] == "LOADED="


def test_model_cache_gives_the_same_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The inflated model kept in the cache is the model: same arrays, same answers; a cache
    cut short is skipped (and replaced), never trusted."""
    import numpy as np
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    from hubtools.dataset import langid_model

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    model = Path(MODEL_DIR) / MODEL_FILE
    cached = langid_model.cache_path(model)
    assert not cached.exists()
    first = langid_model.model_arrays(model)  # inflated from the .xz, then cached
    assert cached.is_file() and cached.is_relative_to(tmp_path)
    again = langid_model.model_arrays(model)  # read back from the cache
    assert first.keys() == again.keys()
    for name in first:
        assert np.array_equal(first[name], again[name]) and first[name].dtype == again[name].dtype
    texts = [t for texts in b.MULTILINGUAL.values() for t in texts[:3]]
    fresh = langid_model.load_identifier()
    assert [fresh.classify(t) for t in texts] == [detect_raw(t) for t in texts]
    cached.write_bytes(cached.read_bytes()[: 1 << 20])  # a cache cut short
    assert langid_model._read_cached(cached) is None
    assert np.array_equal(langid_model.model_arrays(model)["ptc"], first["ptc"])
    assert langid_model._read_cached(cached) is not None  # written again, whole


def test_model_cache_is_one_copy_per_model_content(tmp_path: Path, monkeypatch):
    """The same model in another virtual environment (another path, another mtime) finds
    the same copy; a new model's copy replaces the old one instead of adding 68 MB."""
    import shutil

    from py3langid.langid import MODEL_DIR, MODEL_FILE

    from hubtools.dataset import langid_model

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    model = Path(MODEL_DIR) / MODEL_FILE
    other = tmp_path / "venv2" / MODEL_FILE
    other.parent.mkdir(parents=True)
    shutil.copyfile(model, other)  # a new mtime, the same bytes
    assert langid_model.cache_path(other) == langid_model.cache_path(model)
    stale = langid_model.cache_path(model).with_name(f"{model.name.split('.')[0]}-0123.npz")
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"an older model's copy")
    unrelated = stale.with_name("other-0123.npz")
    unrelated.write_bytes(b"not ours")
    langid_model.model_arrays(other)
    assert sorted(p.name for p in stale.parent.iterdir()) == sorted(
        [langid_model.cache_path(model).name, unrelated.name]
    )


@functools.cache
def _reference() -> Any:
    """py3langid's own loader (inflating its .xz through a temporary file), the reference."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_raw(text: str) -> tuple[str, float]:
    code, probability = _reference().classify(text)
    return code, probability
