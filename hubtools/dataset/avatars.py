"""Avatar images stored with the dataset, so a card can still show them once the source's
URL is gone (a closed account, a vanished instance) and for exports that hold the image
itself (a Mastodon export's avatar.png) rather than a public URL.

An avatar is optional: a missing, oversized or broken one is a warning, never an error. It is
downloaded only for network sources (the account was just read from the network anyway);
a file source never makes the dataset step go online.
"""

from __future__ import annotations

import io
import re
import urllib.error
import urllib.request
from dataclasses import dataclass

from hubtools.sources.http import USER_AGENT
from hubtools.sources.model import MAX_AVATAR_BYTES, Account, MiB

FOLDER = "avatars"
FORMATS = {"PNG": "png", "JPEG": "jpg", "GIF": "gif", "WEBP": "webp"}  # what browsers show
MAX_SIDE = 4096  # pixels; a real avatar is a few hundred
TIMEOUT = 30.0
_UNSAFE = re.compile(r"[^A-Za-z0-9_.@-]")


@dataclass(frozen=True)
class Avatar:
    path: str  # relative to the dataset folder: "avatars/HANDLE.png"
    data: bytes


def file_name(handle: str, extension: str) -> str:
    """`avatars/HANDLE.EXT`, the handle made safe as a file name (`did:plc:x` -> `did_plc_x`)."""
    safe = _UNSAFE.sub("_", handle).lstrip(".") or "user"
    return f"{FOLDER}/{safe}.{extension}"


def image_extension(data: bytes) -> str:
    """The file extension of an avatar image; ValueError (why) when it is not one to keep."""
    from PIL import Image

    if len(data) > MAX_AVATAR_BYTES:
        raise ValueError(f"larger than {MAX_AVATAR_BYTES // MiB} MiB")
    try:
        with Image.open(io.BytesIO(data)) as image:
            kind, (width, height) = image.format, image.size
            if kind not in FORMATS:
                raise ValueError(f"a {kind or 'unknown'} image, not PNG, JPEG, GIF or WebP")
            if not (0 < width <= MAX_SIDE and 0 < height <= MAX_SIDE):
                raise ValueError(f"{width}x{height} pixels, over {MAX_SIDE}x{MAX_SIDE}")
            image.verify()  # checksums and structure, without decoding the pixels
    except ValueError:
        raise
    except Exception as err:  # Pillow raises many kinds for a broken file
        raise ValueError(f"not a readable image ({type(err).__name__})") from None
    return FORMATS[kind]


def download(url: str, timeout: float = TIMEOUT) -> bytes:
    """The bytes at an http(s) URL, at most MAX_AVATAR_BYTES + 1 of them; ValueError (why)."""
    if not url.startswith(("http://", "https://")):
        raise ValueError("not an http(s) URL")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.read(MAX_AVATAR_BYTES + 1)
    except urllib.error.HTTPError as err:
        raise ValueError(f"HTTP {err.code}") from None
    except (urllib.error.URLError, OSError, ValueError) as err:
        reason = getattr(err, "reason", None) or err
        raise ValueError(f"download failed ({str(reason).splitlines()[0]})") from None


def avatar_for(account: Account, *, online: bool) -> tuple[Avatar | None, str | None]:
    """The account's avatar to store, and a warning when it has one that cannot be kept.

    The source's own image comes first; else, when `online`, the image at `avatar_url`.
    """
    data, origin = account.avatar_image, "the export's avatar image"
    if data is None and online and account.avatar_url:
        origin = account.avatar_url
        try:
            data = download(account.avatar_url)
        except ValueError as err:
            return None, f"@{account.handle}: avatar {origin} not stored: {err}"
    if data is None:
        return None, None
    try:
        extension = image_extension(data)
    except ValueError as err:
        return None, f"@{account.handle}: avatar {origin} not stored: {err}"
    return Avatar(file_name(account.handle, extension), data), None
