"""Regenerating the cards of models already on the Hub, touching nothing but README.md."""
