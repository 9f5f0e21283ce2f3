"""Hand-written content of the bundled sample review (all invented)."""
