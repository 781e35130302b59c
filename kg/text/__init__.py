"""Text layer: normalisation with offset maps, sentences, language detection."""
