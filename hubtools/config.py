"""Defaults a user sets once: `hubtools.toml`, or `[tool.hubtools]` in `pyproject.toml`.

A user publishing to one org with one template should not repeat `--namespace --template
--base-model --license` on every call. Each setting comes from the first of: the command's
flag, the environment (`HUBTOOLS_<KEY>`), the nearest config file, the built-in default;
`hubtools config show` says which one won.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from hubtools.errors import UserError

# key -> built-in default (None: the command decides, e.g. the token's user)
DEFAULTS: dict[str, str | None] = {
    "namespace": None,
    "template": None,
    "base_model": "gpt2",
    "license": None,
    "tracker": "wandb",
    "runner": "local",
}
FILE_NAMES = ("hubtools.toml", "pyproject.toml")
MAX_FILE_BYTES = 1 << 20  # a config file is a few lines; anything this big is not one


@dataclass(frozen=True)
class Setting:
    value: str | None
    source: str  # "flag", "env HUBTOOLS_X", a file path, or "default"


@dataclass(frozen=True)
class Config:
    settings: dict[str, Setting]
    file: Path | None

    def get(self, key: str, flag: str | None = None) -> str | None:
        """The flag's value when given, else the configured one."""
        return flag if flag is not None else self.settings[key].value

    def resolved(self, flags: Mapping[str, str | None]) -> dict[str, Setting]:
        """Every setting, with the flags given on this command line on top."""
        out = dict(self.settings)
        out.update({k: Setting(v, "flag") for k, v in flags.items() if v is not None})
        return out


def find_file(start: Path) -> tuple[Path, dict] | None:
    """The nearest `hubtools.toml`, or `pyproject.toml` with a `[tool.hubtools]` table,
    from `start` up to the repository root (a folder holding `.git`) or the filesystem root."""
    for folder in [start, *start.parents]:
        for name in FILE_NAMES:
            path = folder / name
            if path.is_file():
                table = _read(path)
                if name == "hubtools.toml":
                    return path, table
                tool = table.get("tool", {}).get("hubtools")
                if tool is not None:
                    if not isinstance(tool, dict):
                        raise UserError(f"{path}: [tool.hubtools] must be a table")
                    return path, tool
        if (folder / ".git").exists():
            return None
    return None


def _read(path: Path) -> dict:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise UserError(f"{path}: over {MAX_FILE_BYTES:,} bytes; this is not a config file")
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        raise UserError(f"{path}: cannot be read ({err})") from None
    except tomllib.TOMLDecodeError as err:
        raise UserError(f"{path}: not valid TOML ({err})") from None


def load_config(cwd: Path | None = None, env: Mapping[str, str] | None = None) -> Config:
    env = os.environ if env is None else env
    found = find_file((cwd or Path.cwd()).resolve())
    file_path, table = found if found else (None, {})
    unknown = sorted(set(table) - set(DEFAULTS))
    if unknown:
        known = ", ".join(DEFAULTS)
        raise UserError(f"{file_path}: unknown setting {unknown[0]!r}; known: {known}")
    settings: dict[str, Setting] = {}
    for key, default in DEFAULTS.items():
        var = f"HUBTOOLS_{key.upper()}"
        if env.get(var):
            settings[key] = Setting(env[var], f"env {var}")
        elif key in table:
            value = table[key]
            if not isinstance(value, str) or not value.strip():
                raise UserError(f"{file_path}: {key} must be a non-empty string")
            assert file_path is not None  # a non-empty table came from a file
            if key == "base_model" and (file_path.parent / value).exists():
                value = str((file_path.parent / value).resolve())  # a folder beside the file
            settings[key] = Setting(value, str(file_path))
        else:
            settings[key] = Setting(default, "default")
    return Config(settings, file_path)
