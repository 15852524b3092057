"""Load py3langid's model straight from its `.npz.xz` file, in one pass.

py3langid (0.4) inflates its LZMA-compressed `.npz` into a temporary file, reads the arrays
back from it with `np.load`, then copies the transition table into a stdlib `array`: ~0.9 s of
CPU, about half of it spent outside the decompression. The `.npz` is a zip of stored `.npy`
members, so here each member's header is read from the decompressing stream and its data is
read directly into the array it becomes (~0.45 s, the decompression itself). Anything
unexpected in the layout falls back to py3langid's own loader.
"""

from __future__ import annotations

import lzma
import struct
from array import array
from io import BufferedIOBase
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


def load_identifier() -> Any:
    """py3langid's `LanguageIdentifier` (normalized probabilities) for its bundled model."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    try:
        with lzma.open(MODEL_DIR / MODEL_FILE) as fh:
            arrays = _members(fh)
        if not arrays.keys() >= _NEEDED:
            raise _Layout("missing arrays")
    except (_Layout, ValueError, KeyError, struct.error, lzma.LZMAError):
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
