"""Measuring extraction against gold annotations (the format of tests/gold/*.gold.yaml)."""
from kg.evaluate.scoring import Score, evaluate, score_graph

__all__ = ["Score", "evaluate", "score_graph"]
