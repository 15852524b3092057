"""Xet storage for the local Hub: the CAS (xorbs, shards, reconstructions) and its formats."""
