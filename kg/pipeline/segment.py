"""Document -> Doc: normalised text, language and sentences."""
from __future__ import annotations

from kg.model import Doc, Document
from kg.text.language import detect_language
from kg.text.normalize import NormalizedText
from kg.text.sentences import split_sentences


def make_doc(document: Document) -> Doc:
    lang = document.language or detect_language(document.text)
    doc = Doc(document=document, norm=NormalizedText(document.text), lang=lang)
    doc.sentences = split_sentences(document.text, document.boilerplate)
    return doc
