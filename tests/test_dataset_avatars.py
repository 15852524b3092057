"""Avatar images stored with the dataset: the export's own file, or a network source's URL."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from fixtures.posts import builders as b
from fixtures.posts.server import serve
from PIL import Image

from hubtools.dataset import DatasetOptions, build_dataset
from hubtools.dataset.avatars import file_name, image_extension
from hubtools.sources import LoadOptions
from hubtools.sources.model import MAX_AVATAR_BYTES

WORDS = "the quick brown fox jumps over a lazy dog near the river bank"


def _export(tmp_path: Path, avatar: bytes | None, *, zipped: bool = False) -> Path:
    items = [b.note(n, f"<p>{WORDS} number {n}</p>") for n in range(1, 30)]
    files: dict[str, str | bytes] = {"outbox.json": b.outbox(items), "actor.json": b.actor_json()}
    if avatar is not None:
        files["avatar.png"] = avatar
    if zipped:
        return b.write_zip(tmp_path / "export.zip", files)
    return b.write_folder(tmp_path / "export", files)


def _image(kind: str, size: tuple[int, int] = (16, 16)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (10, 120, 200)).save(out, format=kind)
    return out.getvalue()


@pytest.mark.parametrize("zipped", [False, True])
def test_export_avatar_is_stored_and_recorded(tmp_path: Path, zipped: bool):
    image = b.png(12, 12)
    out = tmp_path / "data"
    summary = build_dataset(
        [f"mastodon-archive:{_export(tmp_path, image, zipped=zipped)}"],
        out,
        DatasetOptions(min_chars=0),
    )
    assert (out / "avatars" / "ada@social.example.png").read_bytes() == image
    [user] = json.loads((out / "users.json").read_text("utf-8"))
    assert user["avatar_file"] == "avatars/ada@social.example.png"
    assert user["avatar_url"] is None
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    assert manifest["files"]["avatars/ada@social.example.png"]["bytes"] == len(image)
    assert not summary.warnings or all("avatar" not in w for w in summary.warnings)


@pytest.mark.parametrize(
    ("avatar", "why"),
    [
        (b"\x89PNG\r\n\x1a\n not really a png", "not a readable image"),
        (b"GIF89a" + b"\0" * 10, "not a readable image"),
        (_image("BMP"), "a BMP image"),
        (_image("PNG", (5000, 2)), "5000x2 pixels"),
        (b"\0" * (MAX_AVATAR_BYTES + 1), "larger than 5 MiB"),
    ],
)
def test_bad_avatar_is_a_warning_not_a_file(tmp_path: Path, avatar: bytes, why: str):
    out = tmp_path / "data"
    summary = build_dataset(
        [f"mastodon-archive:{_export(tmp_path, avatar)}"], out, DatasetOptions(min_chars=0)
    )
    assert not (out / "avatars").exists()
    assert json.loads((out / "users.json").read_text("utf-8"))[0]["avatar_file"] is None
    [warning] = [w for w in summary.warnings if "avatar" in w]
    assert warning.startswith("@ada@social.example: avatar the export's avatar image not stored")
    assert why in warning and "\n" not in warning


def test_missing_avatar_file_means_no_avatar(tmp_path: Path):
    out = tmp_path / "data"
    summary = build_dataset(
        [f"mastodon-archive:{_export(tmp_path, None)}"], out, DatasetOptions(min_chars=0)
    )
    assert json.loads((out / "users.json").read_text("utf-8"))[0]["avatar_file"] is None
    assert not [w for w in summary.warnings if "avatar" in w]


@pytest.mark.parametrize(
    ("kind", "ext"), [("JPEG", "jpg"), ("GIF", "gif"), ("WEBP", "webp"), ("PNG", "png")]
)
def test_image_types(kind: str, ext: str):
    assert image_extension(_image(kind)) == ext


def test_file_names_are_safe():
    assert file_name("did:plc:abc", "png") == "avatars/did_plc_abc.png"
    assert file_name("../../etc/passwd", "jpg") == "avatars/_.._etc_passwd.jpg"
    assert file_name("ada@social.example", "png") == "avatars/ada@social.example.png"


def _api_routes(avatar_path: str, image: bytes) -> dict:
    statuses = [
        {
            "id": str(n),
            "created_at": "2024-05-01T12:00:00.000Z",
            "visibility": "public",
            "content": f"<p>{WORDS} {n}</p>",
            "spoiler_text": "",
            "reblog": None,
            "emojis": [],
        }
        for n in range(1, 20)
    ]
    account = {
        "id": "1",
        "username": "ada",
        "display_name": "Ada",
        "avatar": "{base}" + avatar_path,
    }
    return {
        "/api/v1/accounts/lookup?acct=ada": [(200, {}, account)],
        "/api/v1/accounts/1/statuses?limit=40": [(200, {}, statuses)],
        avatar_path: [(200, {}, image)],
    }


def test_network_source_avatar_is_downloaded(tmp_path: Path):
    image = _image("JPEG")
    with serve(_api_routes("/avatars/original/a.jpg", image)) as server:
        load = LoadOptions(base_url=server.base, sleep=lambda s: None)
        out = tmp_path / "data"
        build_dataset(["mastodon:@ada@social.example"], out, DatasetOptions(load=load, min_chars=0))
        assert "/avatars/original/a.jpg" in server.requests
    assert (out / "avatars" / "ada@social.example.jpg").read_bytes() == image
    user = json.loads((out / "users.json").read_text("utf-8"))[0]
    assert user["avatar_file"] == "avatars/ada@social.example.jpg"
    assert user["avatar_url"].endswith("/avatars/original/a.jpg")


def test_avatar_download_failure_and_opt_out(tmp_path: Path):
    with serve(_api_routes("/gone.png", b"")) as server:
        server.routes["/gone.png"] = [(404, {}, {"error": "gone"})]
        load = LoadOptions(base_url=server.base, sleep=lambda s: None)
        summary = build_dataset(
            ["mastodon:@ada@social.example"], tmp_path / "a", DatasetOptions(load=load, min_chars=0)
        )
        assert [w for w in summary.warnings if "avatar" in w and "HTTP 404" in w]
        before = len(server.requests)
        build_dataset(
            ["mastodon:@ada@social.example"],
            tmp_path / "b",
            DatasetOptions(load=load, min_chars=0, fetch_avatars=False),
        )
        assert "/gone.png" not in server.requests[before:]
    assert json.loads((tmp_path / "b" / "users.json").read_text("utf-8"))[0]["avatar_file"] is None


def test_file_source_never_downloads(tmp_path: Path):
    with serve({"/a.png": [(200, {}, b.png())]}) as server:
        actor = json.loads(b.actor_json())
        actor["icon"] = {"type": "Image", "url": f"{server.base}/a.png"}
        items = [b.note(n, f"<p>{WORDS} {n}</p>") for n in range(1, 20)]
        folder = b.write_folder(
            tmp_path / "export", {"outbox.json": b.outbox(items), "actor.json": json.dumps(actor)}
        )
        out = tmp_path / "data"
        build_dataset([f"mastodon-archive:{folder}"], out, DatasetOptions(min_chars=0))
        assert server.requests == []
    user = json.loads((out / "users.json").read_text("utf-8"))[0]
    assert user["avatar_url"] == f"{server.base}/a.png" and user["avatar_file"] is None


def test_new_avatar_in_folder_export_means_rebuild(tmp_path: Path):
    from hubtools.dataset import is_current

    folder = _export(tmp_path, b.png(8, 8))
    source = f"mastodon-archive:{folder}"
    out = tmp_path / "data"
    options = DatasetOptions(min_chars=0)
    build_dataset([source], out, options)
    assert is_current(out, [source], options)
    (folder / "avatar.png").write_bytes(b.png(8, 8, (1, 2, 3)))
    assert not is_current(out, [source], options)
