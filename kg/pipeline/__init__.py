"""The analysis pipeline: named components, each a callable Doc -> Doc."""
from kg.pipeline.runner import Pipeline, analyze, default_pipeline, warm_pipeline

__all__ = ["Pipeline", "default_pipeline", "analyze", "warm_pipeline"]
