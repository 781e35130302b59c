"""The analysis pipeline: named components, each a callable Doc -> Doc."""
from kg.pipeline.runner import Pipeline, default_pipeline, analyze

__all__ = ["Pipeline", "default_pipeline", "analyze"]
