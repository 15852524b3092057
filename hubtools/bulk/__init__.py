"""Bulk publishing from the `cards/` catalogue: plan what changed, apply it, report."""
