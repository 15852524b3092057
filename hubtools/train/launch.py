"""Which process this is under a launcher, and a check that the launch really started them.

`torchrun` and `accelerate launch --multi_gpu` start N processes and tell each its rank in
the environment (RANK, WORLD_SIZE; MPI launchers use PMI_*/OMPI_*). `accelerate launch` without
`--multi_gpu` (e.g. `--cpu --num_processes 2` with no MPI hostfile) starts ONE process and only
exports the rendezvous address: training would silently run on one process. `check_launch`
turns that into a UserError naming the commands that work. Standard library only.
"""

from __future__ import annotations

import os

from hubtools.errors import UserError

_RANK = ("RANK", "PMI_RANK", "OMPI_COMM_WORLD_RANK", "MV2_COMM_WORLD_RANK")
_WORLD = ("WORLD_SIZE", "PMI_SIZE", "OMPI_COMM_WORLD_SIZE", "MV2_COMM_WORLD_SIZE")


def _first_int(names: tuple[str, ...], default: int) -> int:
    for name in names:
        value = os.environ.get(name, "")
        if value.isdigit():
            return int(value)
    return default


def is_main_process() -> bool:
    """Rank 0, or not launched as one of several processes (cheap: no torch)."""
    return _first_int(_RANK, 0) == 0


def check_launch() -> None:
    """Refuse a multi-process launch that started a single process.

    Accelerate's single-process launcher sets ACCELERATE_USE_CPU always and MASTER_PORT only
    when `--num_processes` (or `--num_machines`) is above 1; a real multi-process launch also
    sets a world size.
    """
    single_launcher = "ACCELERATE_USE_CPU" in os.environ and "MASTER_PORT" in os.environ
    if single_launcher and not any(name in os.environ for name in _WORLD):
        raise UserError(
            "accelerate launch started 1 process, not the --num_processes asked for (without "
            "--multi_gpu it starts more only through MPI); for N processes run `accelerate "
            "launch --multi_gpu --num_processes N -m hubtools train ...` (add --cpu to train on "
            "CPUs) or `torchrun --nproc_per_node N -m hubtools train ...`"
        )
