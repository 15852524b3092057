"""Writing to the Hub: every commit hubtools makes, exactly once, within rate limits.

`publisher` (a model: weights, tokenizer, card, manifest in one commit), `cardupdate`
and `cardhub` (a card alone, on the revision read: regen and bulk), `cardgate` (lint
before any commit), `failures` and `retry` (what a failed call means, and when to try
again), `ledger` (what was last published per repo).
"""
