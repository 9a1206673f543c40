"""officialdom: officials, posts and encounters from news articles, as a knowledge graph.

>>> import spacy
>>> from officialdom import Extractor, KnowledgeGraph
>>> extractor = Extractor(spacy.blank("en"))      # or Extractor() for the installed English model
>>> record = extractor.extract("President Ana Ruiz received Foreign Minister Li Wei in Lima on Monday.",
...                            article_id="lima-1")
>>> kg = KnowledgeGraph()                          # or KnowledgeGraph("oxigraph:graph.db")
>>> kg.add(record)
>>> sorted(kg.officials()["post"])
['Minister of Foreign Affairs', 'President']
"""

from officialdom.errors import OfficialdomError
from officialdom.extract import Extractor, load_pipeline
from officialdom.graph import KnowledgeGraph, QueryResult, open_store
from officialdom.model import Agreement, Article, ArticleExtraction, Event, Person, Statement, Tenure
from officialdom.readers import read_articles

__all__ = [
    "Agreement",
    "Article",
    "ArticleExtraction",
    "Event",
    "Extractor",
    "KnowledgeGraph",
    "OfficialdomError",
    "Person",
    "QueryResult",
    "Statement",
    "Tenure",
    "__version__",
    "load_pipeline",
    "open_store",
    "read_articles",
]

__version__ = "0.1.0"
