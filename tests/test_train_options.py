"""Each training option is declared once (a TrainConfig field) and the CLI commands show that.

`hubtools train` takes its flags, defaults and help from the fields; `hubtools push` takes the
help of the training options it shares and shows TrainConfig's default. Cheap: no torch.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import typer

import hubtools.train
from hubtools.cli.main import app, main
from hubtools.errors import UserError
from hubtools.train.config import TrainConfig, cli_options

COMMANDS = typer.main.get_command(app).commands
FIELDS = {f.name: f for f in dataclasses.fields(TrainConfig)}


def params(command: str) -> dict:
    return {p.name: p for p in COMMANDS[command].params if p.name != "help"}


def test_every_train_parameter_is_a_field_with_its_declared_default_and_help():
    declared = cli_options()
    got = params("train")
    assert list(got) == list(declared)  # same options, in declaration order
    for name, param in got.items():
        field, option = FIELDS[name], declared[name]
        assert param.help == field.metadata["help"] != ""
        if field.default is not dataclasses.MISSING:
            assert param.default == field.default, name
        if option.flags:
            assert [*param.opts, *param.secondary_opts] == [
                x for flag in option.flags for x in flag.split("/")
            ]


@pytest.mark.parametrize(
    "name", ["epochs", "lr", "batch_size", "block_size", "max_steps", "seed", "tracker"]
)
def test_push_shares_the_help_and_shows_the_fields_default(name):
    field = FIELDS[name]
    help_text = params("push")[name].help
    shown = field.metadata["shown"] or field.default
    assert help_text == f"{field.metadata['help']} [default: {shown}]"


class Captured(Exception):
    pass


def test_cli_flags_land_in_their_fields(tmp_path, monkeypatch):
    """What `hubtools train` hands the trainer: defaults untouched, renamed flags mapped."""
    seen: list[TrainConfig] = []

    def capture(config, **kwargs):
        seen.append(config)
        raise Captured

    monkeypatch.setattr(hubtools.train, "run_training", capture)
    ds, out = tmp_path / "ds", tmp_path / "run"
    with pytest.raises(Captured):
        main(["train", str(ds), "-o", str(out)])
    assert seen.pop() == TrainConfig(ds, out)
    with pytest.raises(Captured):
        main(["train", str(ds), "-o", str(out), "--early-stopping", "3", "--no-isolate-posts",
              "--no-resume", "--block-size", "64", "--cpu"])  # fmt: skip
    expected = TrainConfig(
        ds, out, early_stopping_patience=3, isolate_posts=False, resume=False, block_size=64,
        cpu=True,
    )  # fmt: skip
    assert seen.pop() == expected


def test_check_messages_name_the_flag_a_user_types():
    base = {"dataset_dir": Path("d"), "output_dir": Path("o")}
    with pytest.raises(UserError, match=r"^--early-stopping must be > 0 \(got 0\)$"):
        TrainConfig(**base, early_stopping_patience=0).check()
    with pytest.raises(UserError, match=r"^warmup_ratio must be in \[0, 1\)"):  # API only
        TrainConfig(**base, warmup_ratio=1.5).check()
