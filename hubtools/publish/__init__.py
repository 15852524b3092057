"""Publishing to the Hub: one atomic commit per model, exactly once, within rate limits."""
