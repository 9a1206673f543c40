"""The public API stays small and honest."""

from __future__ import annotations

import officialdom
import officialdom.extract
import officialdom.graph


def test_exported_members() -> None:
    assert set(officialdom.__all__) == {
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
    }
    for module in (officialdom, officialdom.extract, officialdom.graph):
        for name in module.__all__:
            assert hasattr(module, name), f"{module.__name__}.{name}"
    public = {n for n in dir(officialdom) if not n.startswith("_")}
    assert {"Extractor", "KnowledgeGraph"} <= public


def test_no_model_is_loaded_at_import() -> None:
    import subprocess
    import sys

    code = (
        "import sys, officialdom, officialdom.cli, officialdom.graph; "
        "import spacy; print(any('en_core_web' in m for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_factories_are_registered_with_versioned_names() -> None:
    import spacy

    from officialdom.extract.components import FACTORIES, GUARD

    nlp = spacy.blank("en")
    for name in (GUARD, *FACTORIES):
        assert name.startswith("officialdom_") and name.endswith("_v1")
        nlp.add_pipe(name)
    assert nlp.pipe_names == [GUARD, *FACTORIES]
