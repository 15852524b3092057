"""Benchmark hubtools' training loop against transformers.Trainer, and time `hubtools train`.

1. Loop vs Trainer: the same model, data (packed blocks, posts isolated), batch size and
   precision, each run in a fresh process, `--repeats` runs per side (default 4, --quick 2)
   in alternating order (hubtools first, then the Trainer first, ...). Per run: real tokens/s
   over the timed steps by wall clock, and tokens per CPU-second of the process (all its
   threads; on a GPU, the host's share) over the same steps, apart; the ratio
   hubtools/Trainer is taken repeat by repeat (the two runs are neighbours in time) and
   printed as median (min-max) for each (target >= 1.0 on CPU by wall; >= 1.3 on a GPU),
   with the start-up overhead (process launch to first step) of each. Both warm up
   (`--warmup` untimed steps) before the timed window.
2. Data-parallel on CPU (`--processes`): `hubtools train` as 1 process (2x gradient
   accumulation) vs `torchrun --nproc_per_node 2`, the same global batch and steps, every
   process with cores/2 threads (so the ratio is the data-parallel scaling; an OpenMP team
   spanning all cores of a busy machine spins and says more about the machine); prints
   tokens/s of each (training_summary.json's tokens_seen / train_time_s) and their ratio.
3. Wall time of `hubtools train` (the CLI, default settings) from launch to saved model on
   3,200 tweet-length posts. `--wall gpt2-small` uses a GPT-2-small-sized config (124M, slow
   on CPU: about 10 minutes per epoch on 2 cores); the default `tiny` is a seconds-long check.

    python bench/train.py                         # CPU: loop vs Trainer + tiny wall time
    python bench/train.py --quick                 # fewer steps, no wall time
    python bench/train.py --processes --no-compare --wall none --steps 20  # 1 vs 2 CPU procs
    python bench/train.py --wall gpt2-small --wall-epochs 1
    python bench/train.py --device cuda           # GPT-2-small, block 1024, bf16, compile, MFU

Everything is built locally (synthetic posts, a BPE tokenizer, random weights): no downloads.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from fair import in_turn, spread

H100_BF16_PEAK = 989e12  # dense bf16 FLOP/s, H100/H200 SXM

TINY = {"n_layer": 2, "n_embd": 128, "n_head": 4, "n_positions": 128, "vocab_size": 8192}
GPT2_SMALL = {
    "n_layer": 12,
    "n_embd": 768,
    "n_head": 12,
    "n_positions": 1024,
    "vocab_size": 8192,
    "model_vocab_size": 50257,  # GPT-2's embedding/LM-head size, whatever the small tokenizer
}


# ------------------------------------------------------------------------------- set-up


def prepare(root: Path, n_posts: int, arch: dict, name: str, n_val: int) -> tuple[Path, Path]:
    from hubtools.tinymodel import build_tiny_model, synthetic_posts, write_dataset

    posts = synthetic_posts(n_posts + n_val, seed=0)
    ds = write_dataset(root / f"ds-{name}", posts, validation=n_val)
    model = build_tiny_model(root / f"model-{name}", posts, dropout=0.1, **arch)
    return ds, model


def rows_per_step(n_rows: int, batch: int, steps: int, skip: int) -> int:
    """Sequences consumed by steps skip+1..steps (last batch of an epoch is short, no drop)."""
    per_epoch = -(-n_rows // batch)
    total = 0
    for s in range(skip, steps):
        i = s % per_epoch
        total += batch if i < per_epoch - 1 else n_rows - batch * (per_epoch - 1)
    return total


def packed_rows(spec: dict) -> int:
    """Rows of packed training blocks, computed the way both loops see them."""
    import math

    from transformers import AutoTokenizer

    from hubtools.train import data as D

    tok = AutoTokenizer.from_pretrained(spec["model"])
    posts = D.tokenize_posts(D.read_posts(Path(spec["dataset"]) / "train.jsonl"), tok)
    return math.ceil(posts.num_tokens / spec["block_size"])


# ------------------------------------------------------------------------------ workers


def _sync(device: str) -> None:
    if device == "cuda":
        import torch

        torch.cuda.synchronize()


def worker_hubtools(spec: dict) -> dict:
    from hubtools.train import TrainConfig, run_training

    marks: dict[int, float] = {}
    cpu: dict[int, float] = {}
    first_start: list[float] = []
    edges = {spec["warmup"], spec["warmup"] + spec["steps"]}

    def on_step(info) -> None:
        if info.step == 1:
            first_start.append(time.time() - info.duration)
        if info.step in edges:
            _sync(spec["device"])
        if spec["warmup"] <= info.step <= spec["warmup"] + spec["steps"]:
            marks[info.step] = time.perf_counter()
            cpu[info.step] = time.process_time()

    cfg = TrainConfig(
        dataset_dir=Path(spec["dataset"]),
        output_dir=Path(spec["out"]),
        base_model=spec["model"],
        epochs=10_000,
        max_steps=spec["warmup"] + spec["steps"],
        lr=spec["lr"],
        batch_size=spec["batch_size"],
        block_size=spec["block_size"],
        batching="pack",
        isolate_posts=spec["isolate"],
        eval_steps=10**9,
        save_steps=10**9,
        log_steps=10**9,
        precision=spec["precision"],
        compile=spec["compile"],
        cpu=spec["device"] == "cpu",
        tracker="none",
        resume=False,
    )
    run_training(cfg, on_step=on_step)
    return _result(spec, marks, cpu, first_start[0])


def worker_trainer(spec: dict) -> dict:
    import torch
    from transformers import (
        AutoModelForCausalLM,
        AutoTokenizer,
        Trainer,
        TrainerCallback,
        TrainingArguments,
        default_data_collator,
    )

    from hubtools.train import data as D

    tok = AutoTokenizer.from_pretrained(spec["model"])
    posts = D.tokenize_posts(D.read_posts(Path(spec["dataset"]) / "train.jsonl"), tok)
    pad = tok.pad_token_id if tok.pad_token_id is not None else tok.eos_token_id
    blocks = D.pack_blocks(posts, spec["block_size"], isolate=spec["isolate"], pad_id=pad)
    blocks.pop("num_tokens")
    rows = [{k: v[i] for k, v in blocks.items()} for i in range(len(blocks["input_ids"]))]
    model = AutoModelForCausalLM.from_pretrained(spec["model"], dtype=torch.float32)
    model.config.pad_token_id = None  # same as hubtools: no per-forward padding check

    marks: dict[int, float] = {}
    cpu: dict[int, float] = {}
    first_start: list[float] = []
    edges = {spec["warmup"], spec["warmup"] + spec["steps"]}

    class Clock(TrainerCallback):
        def on_step_begin(self, args, state, control, **kwargs):
            if not first_start:
                first_start.append(time.time())

        def on_step_end(self, args, state, control, **kwargs):
            if state.global_step in edges:
                _sync(spec["device"])
            if spec["warmup"] <= state.global_step <= spec["warmup"] + spec["steps"]:
                marks[state.global_step] = time.perf_counter()
                cpu[state.global_step] = time.process_time()

    bf16 = spec["precision"] == "bf16"
    args = TrainingArguments(
        output_dir=spec["out"],
        per_device_train_batch_size=spec["batch_size"],
        max_steps=spec["warmup"] + spec["steps"],
        learning_rate=spec["lr"],
        lr_scheduler_type="cosine",
        warmup_steps=0.05,
        weight_decay=0.1,
        adam_beta2=0.95,
        max_grad_norm=1.0,
        optim="adamw_torch_fused",
        bf16=bf16,
        tf32=spec["device"] == "cuda" or None,
        torch_compile=spec["compile"],
        use_cpu=spec["device"] == "cpu",
        save_strategy="no",
        eval_strategy="no",
        report_to="none",
        logging_steps=10**9,
        disable_tqdm=True,
        seed=42,
    )
    trainer = Trainer(
        model=model,
        args=args,
        train_dataset=rows,
        data_collator=default_data_collator,
        callbacks=[Clock()],
    )
    trainer.train()
    return _result(spec, marks, cpu, first_start[0])


def _result(spec: dict, marks: dict[int, float], cpu: dict[int, float], first_start: float) -> dict:
    """Tokens/s over the timed window by wall clock, and tokens per CPU-second of the
    process (all its threads) over the same window; on CPU also from the median step
    (robust to other processes stealing the cores for a while: the machine this was
    written on is shared)."""
    w, n = spec["warmup"], spec["steps"]
    seconds = marks[w + n] - marks[w]
    tokens = rows_per_step(spec["rows"], spec["batch_size"], w + n, w) * spec["block_size"]
    out = {
        "tokens_per_s": tokens / seconds,
        "tokens_per_cpu_s": tokens / max(cpu[w + n] - cpu[w], 1e-9),
        "ms_per_step": 1000 * seconds / n,
        "startup_s": first_start - spec["t0"],
    }
    if spec["device"] == "cpu":
        median = statistics.median(marks[s + 1] - marks[s] for s in range(w, w + n))
        out["median_ms_per_step"] = 1000 * median
        out["median_step_tokens_per_s"] = tokens / n / median
    return out


def run_worker(kind: str, spec: dict) -> dict:
    with tempfile.TemporaryDirectory(prefix=f"bench-{kind}-") as out:
        spec = {**spec, "t0": time.time(), "out": out}
        proc = subprocess.run(
            [sys.executable, __file__, "--worker", kind, "--spec", json.dumps(spec)],
            capture_output=True,
            text=True,
        )
    if proc.returncode != 0:
        raise SystemExit(f"{kind} worker failed:\n{proc.stderr[-4000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# ------------------------------------------------------------------------------ benches


KINDS = ("hubtools", "trainer")


def alternated_runs(spec: dict, repeats: int, cuda: bool) -> dict[str, list[dict]]:
    """Each run a fresh process; repeat i runs hubtools first when i is even, the Trainer
    first when it is odd, so neither always gets the cooler machine or the warmer cache."""
    runs: dict[str, list[dict]] = {k: [] for k in KINDS}
    for i in range(repeats):
        for kind in in_turn(i, *KINDS):
            r = run_worker(kind, spec)
            runs[kind].append(r)
            median = (
                f" (median step: {r['median_step_tokens_per_s']:,.0f} tok/s)" if not cuda else ""
            )
            print(
                f"  {i + 1}. {kind:9s} {r['tokens_per_s']:>9,.0f} tok/s{median}  "
                f"{r['tokens_per_cpu_s']:>7,.0f} tok/CPU-s  {r['ms_per_step']:7.1f} ms/step  "
                f"start-up {r['startup_s']:.2f} s",
                flush=True,
            )
    return runs


def pair_ratios(runs: dict[str, list[dict]], metric: str) -> list[float]:
    """hubtools' over the Trainer's, repeat by repeat (the two runs of a repeat are
    neighbours in time, so a load spike weighs on both)."""
    pairs = zip(runs["hubtools"], runs["trainer"], strict=True)
    return [h[metric] / t[metric] for h, t in pairs]


def loop_vs_trainer(root: Path, args: argparse.Namespace) -> dict:
    cuda = args.device == "cuda"
    arch = GPT2_SMALL if cuda else TINY
    n_posts = 48_000 if cuda else 5_000
    ds, model = prepare(root, n_posts, arch, "cmp-" + args.device, n_val=100)
    spec = {
        "dataset": str(ds),
        "model": str(model),
        "device": args.device,
        "batch_size": args.batch_size or 16,
        "block_size": 1024 if cuda else 128,
        "precision": "bf16" if cuda else "no",
        "compile": cuda and not args.no_compile,
        "isolate": args.isolate if args.isolate is not None else not cuda,
        "lr": 5e-4,
        "warmup": args.warmup,
        "steps": args.steps,
    }
    spec["rows"] = packed_rows(spec)
    runs = alternated_runs(spec, args.repeats, cuda)
    med = {k: {m: statistics.median(r[m] for r in v) for m in v[0]} for k, v in runs.items()}
    out = {
        "device": args.device,
        "model": "gpt2-small-sized" if cuda else "tiny gpt2 (2x128)",
        "batching": "pack-isolated" if spec["isolate"] else "pack",
        "batch_size": spec["batch_size"],
        "block_size": spec["block_size"],
        "precision": spec["precision"],
        "compile": spec["compile"],
        "timed_steps": args.steps,
        "repeats": args.repeats,
        "hubtools": med["hubtools"],
        "trainer": med["trainer"],
    }
    metrics = {"ratio": "tokens_per_s", "ratio_cpu": "tokens_per_cpu_s"}
    if not cuda:
        metrics["ratio_median_step"] = "median_step_tokens_per_s"
    for key, metric in metrics.items():
        r = pair_ratios(runs, metric)
        out[key], out[key + "_min"], out[key + "_max"] = statistics.median(r), min(r), max(r)
    if cuda:
        import torch
        from transformers import AutoModelForCausalLM

        from hubtools.train.modeling import flops_per_token

        flops = flops_per_token(AutoModelForCausalLM.from_pretrained(model), spec["block_size"])
        out["gpu"] = torch.cuda.get_device_name()
        for kind in ("hubtools", "trainer"):
            out[kind]["mfu_vs_989_tflops"] = med[kind]["tokens_per_s"] * flops / H100_BF16_PEAK
    return out


def print_ratios(cmp: dict, cuda: bool) -> None:
    """The ratios with their spread over the repeats (hubtools/Trainer: > 1, hubtools ahead)."""
    lines = [("tokens/s by wall", "ratio"), ("tokens per CPU-second", "ratio_cpu")]
    if not cuda:
        lines.append(("median step, tokens/s", "ratio_median_step"))
    for label, key in lines:
        values = [cmp[key + "_min"], cmp[key], cmp[key + "_max"]]
        print(f"  ratio hubtools/Trainer, {label:<23} {spread(values, '.3f')}")
    print(
        f"  ({cmp['repeats']} alternated repeats; target >= {1.3 if cuda else 1.0} by wall); "
        f"start-up before the first step {cmp['hubtools']['startup_s']:.2f} s vs "
        f"{cmp['trainer']['startup_s']:.2f} s"
    )


def wall_time(root: Path, args: argparse.Namespace) -> dict:
    """`hubtools train` on 3,200 posts, launch to exit (model saved, samples, summary)."""
    arch = GPT2_SMALL if args.wall == "gpt2-small" else TINY
    ds, model = prepare(root, 3200, arch, f"wall-{args.wall}", n_val=160)
    out = root / f"run-wall-{args.wall}"
    cmd = [sys.executable, "-m", "hubtools", "train", str(ds), "-o", str(out)]
    cmd += ["--base-model", str(model), "--tracker", "none", "--no-resume", "--cpu"]
    if args.wall_epochs is not None:
        cmd += ["--epochs", str(args.wall_epochs)]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"hubtools train failed:\n{proc.stderr[-4000:]}")
    summary = json.loads((out / "training_summary.json").read_text())
    return {
        "config": args.wall,
        "posts": 3200,
        "epochs": summary["hyperparameters"]["epochs"],
        "steps": summary["steps"],
        "tokens_seen": summary["tokens_seen"],
        "wall_s": wall,
        "startup_s": summary["startup_s"],
        "train_time_s": summary["train_time_s"],
        "tokens_per_s": summary["tokens_per_second"],
        "final_val_loss": summary["final_val_loss"],
    }


def processes(root: Path, args: argparse.Namespace) -> dict:
    """tokens/s of 1 process (2 x accumulation) vs 2 torchrun processes, same global batch."""
    ds, model = prepare(root, 2000, TINY, "procs", n_val=40)
    cores = os.cpu_count() or 2
    batch, steps = args.batch_size or 16, args.steps
    out: dict = {"model": "tiny gpt2 (2x128)", "block_size": 128, "global_batch": 2 * batch}
    out["steps"], out["cores"] = steps, cores
    for n in (1, 2):
        run_dir = root / f"run-procs-{n}"
        cmd = ["-m", "hubtools", "train", str(ds), "-o", str(run_dir), "--base-model", str(model),
               "--batch-size", str(batch), "--grad-accum", str(3 - n), "--block-size", "128",
               "--max-steps", str(steps), "--eval-steps", str(10**6), "--save-steps", str(10**6),
               "--log-steps", str(10**6), "--tracker", "none", "--no-resume", "--cpu"]  # fmt: skip
        if n > 1:
            cmd = ["-m", "torch.distributed.run", "--standalone", "--nproc_per_node", str(n), *cmd]
        env = {**os.environ, "OMP_NUM_THREADS": str(max(1, cores // 2))}
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, *cmd], capture_output=True, text=True, env=env)
        wall = time.perf_counter() - t0
        if proc.returncode != 0:
            raise SystemExit(f"{n}-process run failed:\n{proc.stderr[-4000:]}")
        summary = json.loads((run_dir / "training_summary.json").read_text())
        assert summary["hardware"]["num_processes"] == n, summary["hardware"]
        out[f"{n}_process"] = {
            "tokens_per_s": summary["tokens_per_second"],
            "train_time_s": summary["train_time_s"],
            "wall_s": round(wall, 1),
            "final_val_loss": summary["final_val_loss"],
        }
        print(
            f"  {n} process{'es' if n > 1 else '  '} {summary['tokens_per_second']:>9,.0f} tok/s  "
            f"train {summary['train_time_s']:.1f} s  wall {wall:.1f} s",
            flush=True,
        )
    out["ratio_2_vs_1"] = out["2_process"]["tokens_per_s"] / out["1_process"]["tokens_per_s"]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--device", choices=["cpu", "cuda"], default="cpu")
    parser.add_argument("--quick", action="store_true", help="40 timed steps, no wall-time run")
    parser.add_argument("--steps", type=int, default=None, help="timed steps per run")
    parser.add_argument("--warmup", type=int, default=None, help="untimed steps first")
    parser.add_argument(
        "--repeats",
        type=int,
        default=None,
        help="alternated runs per side (median, spread) [default: 4, --quick 2]",
    )
    parser.add_argument("--batch-size", type=int, default=None)
    parser.add_argument("--isolate", action=argparse.BooleanOptionalAction, default=None)
    parser.add_argument("--no-compile", action="store_true", help="cuda: eager mode")
    parser.add_argument(
        "--compare", action=argparse.BooleanOptionalAction, default=True, help="loop vs Trainer"
    )
    parser.add_argument(
        "--processes", action="store_true", help="CPU: 1 vs 2 data-parallel processes"
    )
    parser.add_argument("--wall", choices=["tiny", "gpt2-small", "none"], default="tiny")
    parser.add_argument("--wall-epochs", type=float, default=None, help="default: the trainer's 4")
    parser.add_argument("--worker", choices=["hubtools", "trainer"], help=argparse.SUPPRESS)
    parser.add_argument("--spec", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.worker:
        work = worker_hubtools if args.worker == "hubtools" else worker_trainer
        print(json.dumps(work(json.loads(args.spec))))
        return

    cuda = args.device == "cuda"
    args.steps = args.steps or (40 if args.quick else (50 if cuda else 150))
    args.repeats = args.repeats or (2 if args.quick else 4)
    args.warmup = 10 if args.warmup is None else args.warmup  # cuda: compiles in the first steps
    if args.quick or cuda:
        args.wall = "none"
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    results: dict = {}
    with tempfile.TemporaryDirectory(prefix="hubtools-bench-") as tmp:
        root = Path(tmp)
        if args.compare:
            print(f"== loop vs transformers.Trainer ({args.device}, {args.steps} timed steps)")
            cmp = results["loop_vs_trainer"] = loop_vs_trainer(root, args)
            print_ratios(cmp, cuda)
            if cuda:
                print(
                    f"  MFU vs 989 TFLOPS: hubtools {cmp['hubtools']['mfu_vs_989_tflops']:.1%}, "
                    f"Trainer {cmp['trainer']['mfu_vs_989_tflops']:.1%} ({cmp['gpu']})"
                )
        if args.processes:
            print(f"== 1 vs 2 CPU processes ({args.steps} steps)", flush=True)
            procs = results["processes"] = processes(root, args)
            print(f"  ratio 2/1 processes: {procs['ratio_2_vs_1']:.2f}")
        if args.wall != "none":
            print(f"== hubtools train wall time, 3,200 posts, {args.wall} config, CPU", flush=True)
            wall = results["wall_time"] = wall_time(root, args)
            print(
                f"  {wall['wall_s']:.1f} s launch to saved model ({wall['epochs']:g} epochs, "
                f"{wall['steps']} steps, {wall['tokens_per_s']:,.0f} tok/s, "
                f"start-up {wall['startup_s']:.1f} s)"
            )
    print(json.dumps(results))


if __name__ == "__main__":
    main()
