"""Extraction: spaCy components and lexicons that turn an article into an :class:`ArticleExtraction`.

This package knows nothing of rdflib.
"""

from officialdom.extract.components import FACTORIES
from officialdom.extract.extractor import DEFAULT_MODELS, Extractor, installed_pipelines, load_pipeline
from officialdom.extract.lexicon import Lexicon

__all__ = ["DEFAULT_MODELS", "FACTORIES", "Extractor", "Lexicon", "installed_pipelines", "load_pipeline"]
