"""Data and builders for the large fictional review used by the benchmarks (all invented)."""
