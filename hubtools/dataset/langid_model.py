"""Load py3langid's model straight from its `.npz.xz` file, in one pass.

py3langid (0.4) inflates its LZMA-compressed `.npz` into a temporary file, reads the arrays
back from it with `np.load`, then copies the transition table into a stdlib `array`: ~0.9 s of
CPU, about half of it spent outside the decompression. The `.npz` is a zip of stored `.npy`
members, so here each member's header is read from the decompressing stream and its data is
read directly into the array it becomes (~0.45 s, the decompression itself). Anything
unexpected in the layout falls back to py3langid's own loader.

The decompression is then paid once per machine: the inflated `.npz` (~68 MB) is kept under
`$XDG_CACHE_HOME/hubtools/langid/`, named after the model file's content, and read
back the same way (~0.05 s). A cache that cannot be written or read is only skipped.
"""

from __future__ import annotations

import contextlib
import hashlib
import lzma
import os
import struct
from array import array
from io import BufferedIOBase
from pathlib import Path
from typing import Any

_LOCAL = b"PK\x03\x04"
_NEEDED = {"ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat"}
_TYPECODES = {2: "H", 4: "I", 8: "Q"}


class _Layout(Exception):
    """The file is not laid out as expected: use py3langid's loader."""


def _read_exactly(fh: BufferedIOBase, view: memoryview) -> None:
    done = 0
    while done < len(view):
        got = fh.readinto(view[done:])
        if not got:
            raise _Layout("ends early")
        done += got


def _members(fh: BufferedIOBase) -> dict[str, Any]:
    """Every `.npy` member of the stored zip read from `fh`, by name (without `.npy`)."""
    import numpy as np
    from numpy.lib import format as npy

    arrays: dict[str, Any] = {}
    while True:
        head = fh.read(30)
        if head[:4] != _LOCAL:  # the central directory: all members read
            return arrays
        flags, method = struct.unpack("<HH", head[6:10])
        name_len, extra_len = struct.unpack("<HH", head[26:30])
        if method != 0 or flags & 0x08:  # compressed, or sizes after the data
            raise _Layout("not a stored member")
        name = fh.read(name_len).decode()
        fh.read(extra_len)
        version = npy.read_magic(fh)
        if version == (1, 0):
            shape, fortran, dtype = npy.read_array_header_1_0(fh)
        else:
            shape, fortran, dtype = npy.read_array_header_2_0(fh)
        if fortran or dtype.hasobject:
            raise _Layout("unexpected array")
        out = np.empty(shape, dtype=dtype)
        _read_exactly(fh, out.reshape(-1).view(np.uint8).data)
        arrays[name.removesuffix(".npy")] = out


def _to_array(values: Any) -> array[int]:
    out = array(_TYPECODES[values.dtype.itemsize])
    out.frombytes(memoryview(values.reshape(-1)).cast("B"))
    return out


def cache_path(model: Path) -> Path:
    """Where the inflated copy of `model` is kept, named after the model's content (~5 ms to
    hash its 4.5 MB): the same model installed again, in another virtual environment, finds
    the same copy; a changed model gets a new name."""
    digest = hashlib.blake2b(model.read_bytes(), digest_size=8).hexdigest()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "hubtools" / "langid" / f"{model.name.split('.')[0]}-{digest}.npz"


def _read_cached(path: Path) -> dict[str, Any] | None:
    try:
        with open(path, "rb") as fh:
            arrays = _members(fh)
    except (OSError, _Layout, ValueError, KeyError, struct.error):
        return None
    return arrays if arrays.keys() >= _NEEDED else None


def _write_cache(path: Path, arrays: dict[str, Any]) -> None:
    """Save the arrays as a stored (uncompressed) `.npz`, atomically; errors are skipped."""
    import numpy as np

    from hubtools.atomic import atomic_path

    with contextlib.suppress(OSError), atomic_path(path) as tmp, open(tmp, "wb") as fh:
        np.savez(fh, **arrays)
    for stale in path.parent.glob(f"{path.name.rsplit('-', 1)[0]}-*.npz"):
        if stale != path:  # a copy of a model no longer installed: ~68 MB each
            with contextlib.suppress(OSError):
                stale.unlink()


def model_arrays(model: Path) -> dict[str, Any]:
    """The model's arrays: from the cache, or inflated from `model` (and cached)."""
    try:
        cached = cache_path(model)
    except (OSError, RuntimeError):  # no model file, no home folder
        cached = None
    arrays = _read_cached(cached) if cached is not None else None
    if arrays is None:
        with lzma.open(model) as fh:
            arrays = _members(fh)
        if not arrays.keys() >= _NEEDED:
            raise _Layout("missing arrays")
        if cached is not None:
            _write_cache(cached, arrays)
    return arrays


def load_identifier() -> Any:
    """py3langid's `LanguageIdentifier` (normalized probabilities) for its bundled model."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    try:
        arrays = model_arrays(Path(MODEL_DIR) / MODEL_FILE)
    except (_Layout, OSError, ValueError, KeyError, struct.error, lzma.LZMAError):
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return LanguageIdentifier(
        arrays["ptc"],
        arrays["pc"],
        arrays["classes"].tolist(),
        _to_array(arrays["nextmove"]),
        arrays["out_feat"].tolist(),
        norm_probs=True,
        tk_row=_to_array(arrays["nextmove_row"]),
    )
