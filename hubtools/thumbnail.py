"""The card's thumbnail (`predictions.png`): avatars, names and a few sample generations.

huggingtweets rendered it on a private web service; here it is drawn locally with
Pillow so it can travel in the same commit as the model. Avatars are drawn from local
image files when given, otherwise as coloured discs with the handle's initial (no
network: the thumbnail never downloads anything).
"""

from __future__ import annotations

import hashlib
import io
import textwrap
from dataclasses import dataclass
from pathlib import Path

WIDTH, PAD, AVATAR = 1200, 48, 120
BACKGROUND, INK, MUTED, CARD = (248, 250, 252), (15, 23, 42), (100, 116, 139), (255, 255, 255)


@dataclass(frozen=True)
class ThumbnailUser:
    handle: str
    name: str
    avatar_file: Path | None = None


def _colour(handle: str) -> tuple[int, int, int]:
    digest = hashlib.sha256(handle.encode()).digest()
    return tuple(60 + b % 150 for b in digest[:3])  # type: ignore[return-value]


def _avatar(user: ThumbnailUser, size: int, font):
    from PIL import Image, ImageDraw, ImageOps

    mask = Image.new("L", (size, size), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, size - 1, size - 1), fill=255)
    if user.avatar_file is not None and Path(user.avatar_file).is_file():
        face = ImageOps.fit(Image.open(user.avatar_file).convert("RGB"), (size, size))
    else:
        face = _letter_face(user.handle, size, font)
    face.putalpha(mask)
    return face


def _letter_face(handle: str, size: int, font):
    """The handle's initial in white on the handle's own colour (a square; callers round it)."""
    from PIL import Image, ImageDraw

    face = Image.new("RGB", (size, size), _colour(handle))
    ImageDraw.Draw(face).text(
        (size / 2, size / 2), handle[:1].upper(), font=font, fill=(255, 255, 255), anchor="mm"
    )
    return face


def letter_avatar(handle: str, size: int = 400) -> bytes:
    """A PNG avatar for a user without a picture, the same as the letter discs of
    `predictions.png` (square: the card's avatar block rounds it, as it does photos)."""
    from PIL import ImageFont

    font = ImageFont.load_default(size=round(size * 56 / AVATAR))
    out = io.BytesIO()
    _letter_face(handle, size, font).save(out, format="PNG", optimize=True)
    return out.getvalue()


def render_thumbnail(
    users: list[ThumbnailUser], samples: list[str], *, bot_label: str | None = None
) -> bytes:
    """A PNG: avatars in a row, the bot's name, then up to four generations as quote cards."""
    from PIL import Image, ImageDraw, ImageFont

    title_font = ImageFont.load_default(size=40)
    label_font = ImageFont.load_default(size=26)
    text_font = ImageFont.load_default(size=28)
    initial_font = ImageFont.load_default(size=56)

    wrapped = [textwrap.wrap(" ".join(s.split()), 70)[:4] or [""] for s in samples[:4]]
    line_h = 38
    height = PAD + AVATAR + 150 + sum(len(w) * line_h + 56 for w in wrapped) + PAD
    image = Image.new("RGB", (WIDTH, height), BACKGROUND)
    draw = ImageDraw.Draw(image)

    shown = users[:3]
    row = len(shown) * AVATAR + (len(shown) - 1) * 24
    x = (WIDTH - row) // 2
    for user in shown:
        face = _avatar(user, AVATAR, initial_font)
        image.paste(face, (x, PAD), face)
        x += AVATAR + 24
    y = PAD + AVATAR + 24
    label = bot_label or ("🤖 AI BOT 🤖" if len(users) == 1 else "🤖 AI CYBORG 🤖")
    draw.text(
        (WIDTH / 2, y), label.replace("🤖", "").strip(), font=label_font, fill=MUTED, anchor="mt"
    )
    draw.text(
        (WIDTH / 2, y + 40),
        " & ".join(u.name for u in users),
        font=title_font,
        fill=INK,
        anchor="mt",
    )
    handles = " ".join(f"@{u.handle}" for u in users)
    draw.text((WIDTH / 2, y + 90), handles, font=label_font, fill=MUTED, anchor="mt")

    y = PAD + AVATAR + 150
    for lines in wrapped:
        box_h = len(lines) * line_h + 32
        draw.rounded_rectangle(
            (PAD, y, WIDTH - PAD, y + box_h), radius=18, fill=CARD, outline=(226, 232, 240), width=2
        )
        for i, line in enumerate(lines):
            draw.text((PAD + 28, y + 16 + i * line_h), line, font=text_font, fill=INK)
        y += box_h + 24

    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
