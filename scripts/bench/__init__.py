"""Detection-quality and speed benchmark: the engine through the service path, against baselines.

Run from the repository root: ``scripts/benchmark --size 1k`` (or ``python -m scripts.bench``).
"""
