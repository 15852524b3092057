"""A local Hugging Face Hub: the HTTP API that `huggingface_hub` speaks, on 127.0.0.1.

Tests, `make demo` and offline dry-runs publish here with the real, unmodified
client. See `hubtools hub serve --help`.
"""
