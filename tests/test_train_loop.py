"""The training loop in-process on tiny local models: learning, outputs, modes, tracking, errors."""

from __future__ import annotations

import json
import math
import secrets
from dataclasses import dataclass
from pathlib import Path

import pytest
import torch

from hubtools.errors import UserError
from hubtools.tinymodel import build_tiny_model, synthetic_posts, write_dataset
from hubtools.train import TrainConfig, read_summary, run_training

VOCAB = 512


@dataclass
class Env:
    root: Path
    ds: Path
    gpt2: Path
    gpt2_nodrop: Path
    llama: Path


@pytest.fixture(scope="module")
def env(tmp_path_factory) -> Env:
    root = tmp_path_factory.mktemp("train")
    posts = synthetic_posts(400, seed=1)
    return Env(
        root=root,
        ds=write_dataset(root / "ds", posts, validation=40),
        gpt2=build_tiny_model(root / "gpt2", posts, vocab_size=VOCAB),
        gpt2_nodrop=build_tiny_model(root / "gpt2-nodrop", posts, vocab_size=VOCAB, dropout=0.0),
        llama=build_tiny_model(root / "llama", posts, arch="llama", vocab_size=VOCAB),
    )


def config(env: Env, out: Path, **overrides) -> TrainConfig:
    settings = {
        "dataset_dir": env.ds,
        "output_dir": out,
        "base_model": str(env.gpt2),
        "lr": 3e-3,
        "batch_size": 8,
        "block_size": 64,
        "epochs": 2,
        "save_steps": 10,
        "log_steps": 5,
        "tracker": "none",
    }
    settings.update(overrides)
    return TrainConfig(**settings)


@pytest.fixture(scope="module")
def trained(env):
    out = env.root / "run"
    return out, run_training(config(env, out, epochs=3))


def test_loss_goes_down_and_run_folder_is_complete(trained):
    out, summary = trained
    history = [h["val_loss"] for h in summary.val_history]
    assert len(history) == 3  # once per epoch
    assert history[0] > history[-1] + 0.2
    assert summary.final_val_loss < math.log(VOCAB) - 1.0  # far better than uniform
    assert summary.best_val_loss == min(history)
    assert summary.final_val_perplexity == pytest.approx(math.exp(summary.final_val_loss))
    assert summary.batching == "pack-isolated"  # auto: GPT-2 honours restarting positions
    assert summary.steps == summary.total_steps and summary.epochs_completed == 3
    assert summary.tokens_seen == 3 * summary.dataset["train_tokens"]  # packed: nothing dropped
    assert summary.wall_time_s > summary.train_time_s > 0

    assert read_summary(out) == summary
    gen = json.loads((out / "model" / "generation_config.json").read_text())
    assert gen["do_sample"] is True and gen["top_p"] == 0.95
    assert gen["min_new_tokens"] == 10 and gen["max_new_tokens"] == 160
    saved = json.loads((out / "model" / "config.json").read_text())
    assert saved["use_cache"] is True  # off for training, back on for inference
    assert (out / "model" / "model.safetensors").is_file()
    assert (out / "model" / "tokenizer.json").is_file()
    samples = json.loads((out / "samples.json").read_text())["samples"]
    assert [s["prompt"] for s in samples] == ["My dream is", "I think that", "Today I"]
    assert all(s["num_new_tokens"] >= 10 for s in samples)
    checkpoints = sorted(p.name for p in (out / "checkpoints").iterdir())
    assert checkpoints == ["step-0000040", "step-0000048"]  # keep the last 2, no temp dirs


def test_eos_is_learned(env, trained):
    """The model learns to end posts: EOS becomes the likeliest token after a whole post."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    out, _ = trained
    tok = AutoTokenizer.from_pretrained(out / "model")
    texts = [json.loads(line)["text"] for line in (env.ds / "validation.jsonl").open()]

    def eos_prob(model_dir: Path) -> float:
        model = AutoModelForCausalLM.from_pretrained(model_dir).eval()
        probs = []
        for text in texts:
            with torch.no_grad():
                logits = model(**tok(text, return_tensors="pt")).logits[0, -1]
            probs.append(logits.softmax(-1)[tok.eos_token_id].item())
        return sum(probs) / len(probs)

    before, after = eos_prob(env.gpt2), eos_prob(out / "model")
    assert after > 0.1 and after > 20 * before
    samples = json.loads((out / "samples.json").read_text())["samples"]
    assert any(s["ended_with_eos"] for s in samples)


def test_rerun_resumes_and_settings_must_match(env, trained):
    out, summary = trained
    again = run_training(config(env, out, epochs=3))  # re-running continues: nothing left to do
    assert again.resumed_from_step == summary.steps and again.steps == summary.steps
    assert again.final_val_loss == summary.final_val_loss
    with pytest.raises(UserError, match=r"trained with lr=0.003 \(now 0.001\)"):
        run_training(config(env, out, epochs=3, lr=1e-3))
    with pytest.raises(UserError, match="already has checkpoints"):
        run_training(config(env, out, epochs=3, resume=False))
    with pytest.raises(UserError, match="no complete checkpoint"):
        run_training(config(env, env.root / "fresh", resume=True))


@pytest.mark.parametrize(
    ("overrides", "batching"),
    [
        ({"batching": "group"}, "group"),
        ({"batching": "pack", "isolate_posts": False}, "pack"),
        ({"base_model": "llama"}, "pack-isolated"),
    ],
    ids=["group", "pack-plain", "llama"],
)
def test_batching_modes_and_llama_learn(env, tmp_path, overrides, batching):
    if overrides.get("base_model") == "llama":
        overrides = {**overrides, "base_model": str(env.llama)}
    summary = run_training(config(env, tmp_path / "run", eval_steps=8, epochs=2, **overrides))
    history = [h["val_loss"] for h in summary.val_history]
    assert summary.batching == batching
    assert history[-1] < history[0] - 0.1 and history[-1] < math.log(VOCAB) - 0.5


def test_grad_accumulation_matches_a_bigger_batch(env, tmp_path):
    """Loss is normalised per target token over the whole step: 2 x 4 rows == 1 x 8 rows."""
    common = {"base_model": str(env.gpt2_nodrop), "max_steps": 6, "eval_steps": 6}
    big = run_training(config(env, tmp_path / "a", batch_size=8, **common))
    accum = run_training(config(env, tmp_path / "b", batch_size=4, grad_accum=2, **common))
    assert accum.final_val_loss == pytest.approx(big.final_val_loss, abs=1e-5)


def test_early_stopping(env, tmp_path):
    summary = run_training(
        config(env, tmp_path / "run", lr=3.0, eval_steps=1, early_stopping_patience=2, epochs=5)
    )
    assert summary.stopped_early and summary.steps < summary.total_steps
    assert (tmp_path / "run" / "model" / "model.safetensors").is_file()


def test_wandb_offline_run_files_hold_no_token(env, tmp_path, monkeypatch):
    token = "hf_" + secrets.token_hex(16)
    monkeypatch.setenv("HF_TOKEN", token)
    monkeypatch.setenv("WANDB_MODE", "offline")
    monkeypatch.delenv("WANDB_API_KEY", raising=False)
    out = tmp_path / "run"
    summary = run_training(config(env, out, tracker="wandb", max_steps=10, save_steps=5))
    (info,) = summary.trackers
    assert info["name"] == "wandb" and info["mode"] == "offline" and info["run_id"]
    run_dir = Path(info["dir"])
    assert run_dir.parent == out / "wandb" and run_dir.name.startswith("offline-run-")
    record = (run_dir / f"run-{info['run_id']}.wandb").read_bytes()
    for key in (
        b"train/loss",
        b"train/lr",
        b"train/tokens_per_s",
        b"val/loss",
        b"samples",
        b"block_size",
    ):
        assert key in record
    leaks = [p for p in out.rglob("*") if p.is_file() and token.encode() in p.read_bytes()]
    assert leaks == []
    assert token not in json.dumps(summary.hyperparameters)


@pytest.fixture(scope="module")
def not_causal(env) -> Path:
    from transformers import BertConfig, BertForMaskedLM

    path = env.root / "bert"
    BertForMaskedLM(
        BertConfig(
            vocab_size=64,
            hidden_size=16,
            num_hidden_layers=1,
            num_attention_heads=2,
            intermediate_size=32,
        )
    ).save_pretrained(path)
    return path


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("empty-train", r"train.jsonl: no posts"),
        ("no-validation", r"validation.jsonl: missing"),
        ("no-dataset", r"dataset folder not found"),
        ("not-causal", r"BertForMaskedLM is not a causal language model"),
        ("block-too-big", r"--block-size 512 is larger than .* context of 256 tokens"),
        ("no-model", r"--base-model .*: cannot load its config"),
    ],
)
def test_bad_inputs_fail_before_training(env, not_causal, tmp_path, monkeypatch, case, message):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    ds = write_dataset(tmp_path / "ds", synthetic_posts(30, seed=2))
    overrides: dict = {"dataset_dir": ds}
    if case == "empty-train":
        (ds / "train.jsonl").write_text("")
    elif case == "no-validation":
        (ds / "validation.jsonl").unlink()
    elif case == "no-dataset":
        overrides["dataset_dir"] = tmp_path / "nope"
    elif case == "not-causal":
        overrides["base_model"] = str(not_causal)
    elif case == "block-too-big":
        overrides["block_size"] = 512
    elif case == "no-model":
        overrides["base_model"] = str(tmp_path / "no-such-model")
    out = tmp_path / "run"
    with pytest.raises(UserError, match=message) as err:
        run_training(config(env, out, **overrides))
    assert "\n" not in str(err.value)
    assert not (out / "checkpoints").exists() and not (out / "model").exists()


def test_cli_reports_user_errors_in_one_line(env, tmp_path, capsys):
    from hubtools.cli.main import main

    with pytest.raises(SystemExit) as exit_info:
        main(
            [
                "train",
                str(tmp_path / "nope"),
                "-o",
                str(tmp_path / "run"),
                "--base-model",
                str(env.gpt2),
            ]
        )
    assert exit_info.value.code == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("hubtools: error: ") and "dataset folder not found" in err
    assert len(err.splitlines()) == 1


class Crash(Exception):
    pass


@pytest.mark.parametrize(
    ("mode", "crash", "checkpoint"),
    [("group", 52, 50), ("llama", 41, 40)],  # both mid-way through the second epoch
)
def test_crash_and_resume_in_process_is_exact(env, tmp_path, mode, crash, checkpoint):
    """Same guarantee as the SIGKILL test (which uses packed GPT-2), for the other paths."""
    from safetensors.torch import load_file

    if mode == "group":  # 360 posts, 8 per batch: 45 steps per epoch
        settings = {"batching": "group", "batch_size": 8}
    else:  # 127 packed blocks of 64, 4 per batch: 32 steps per epoch
        settings = {"base_model": str(env.llama), "batch_size": 4}
    settings.update(save_steps=5, epochs=2)

    def crash_mid_run(info):
        if info.step == crash:
            raise Crash

    with pytest.raises(Crash):
        run_training(config(env, tmp_path / "b", **settings), on_step=crash_mid_run)
    resumed = run_training(config(env, tmp_path / "b", **settings))
    clean = run_training(config(env, tmp_path / "a", **settings))
    assert resumed.resumed_from_step == checkpoint and clean.steps == resumed.steps > crash
    a = load_file(tmp_path / "a" / "model" / "model.safetensors")
    b = load_file(tmp_path / "b" / "model" / "model.safetensors")
    assert all(torch.equal(a[k], b[k]) for k in a)
