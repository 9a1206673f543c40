"""One exception tree for officialdom.

Every error the library raises derives from :class:`OfficialdomError`; the CLI turns them into messages and
exit codes, the library itself never prints or exits::

    OfficialdomError
    ├── RecordError                one record of a batch failed: names the record and the problem
    │   ├── ExtractionError        the extraction of one article failed
    │   └── InputError             bad input
    │       ├── EmptyInputError        an empty file or record
    │       ├── BinaryInputError       bytes that are not text
    │       ├── EncodingInputError     text in an encoding that is not UTF-8
    │       ├── MalformedRecordError   a JSON line that does not parse, lacks a field, or repeats an id
    │       ├── InputTooLargeError     an article over the size limit
    │       └── UnsupportedInputError  a file of a kind no reader handles (skipped), in readers
    ├── ModelError                 a spaCy pipeline that cannot be loaded or lacks a component
    ├── LexiconError               a lexicon data file that is missing or malformed
    ├── StoreError                 a store that cannot be opened or written
    │   └── UnknownStoreError      a store specification no plugin understands
    ├── QueryError                 a SPARQL query that does not parse or fails to run
    ├── ServerError                a SPARQL endpoint that cannot start (address in use, bad options)
    ├── ExportError                an export format that is unknown or fails
    ├── GraphError                 a network question without an answer (no such node, no path)
    ├── EvaluationError            a gold file that cannot be read
    └── ReferenceListError         a reference list (gazetteer, CountryInfo, Phoenix) that cannot be read

>>> try:
...     raise EmptyInputError("notes.txt", "the file is empty")
... except InputError as err:
...     print(err)
notes.txt: the file is empty
"""

from __future__ import annotations

__all__ = [
    "BinaryInputError",
    "EmptyInputError",
    "EncodingInputError",
    "EvaluationError",
    "ExportError",
    "ExtractionError",
    "GraphError",
    "InputError",
    "InputTooLargeError",
    "LexiconError",
    "MalformedRecordError",
    "ModelError",
    "OfficialdomError",
    "QueryError",
    "RecordError",
    "ReferenceListError",
    "ServerError",
    "StoreError",
    "UnknownStoreError",
]


class OfficialdomError(Exception):
    """Root of every error raised by officialdom."""


class RecordError(OfficialdomError):
    """One record of a batch that failed; the batch goes on.

    ``record`` names the file, line or record id; ``problem`` says what is wrong and what to do.
    """

    def __init__(self, record: str, problem: str) -> None:
        self.record = record
        self.problem = problem
        super().__init__(f"{record}: {problem}")

    def __reduce__(self) -> tuple[type[RecordError], tuple[str, str]]:
        return (type(self), (self.record, self.problem))


class ExtractionError(RecordError):
    """The extraction of one article failed (too long for the pipeline, or an internal error).

    ``record`` names where the article was read and its id (``feed.jsonl:12 (id)``) when that is known, the id
    alone otherwise; ``article_id`` is the id.

    >>> ExtractionError.of("x", "feed.jsonl:12", "too long").record
    'feed.jsonl:12 (x)'
    """

    def __init__(self, record: str, problem: str, article_id: str | None = None) -> None:
        super().__init__(record, problem)
        self.article_id = article_id if article_id is not None else record

    @classmethod
    def of(cls, article_id: str, origin: str | None, problem: str) -> ExtractionError:
        """The error for the article ``article_id`` read from ``origin`` (None when not known)."""
        return cls(f"{origin} ({article_id})" if origin else article_id, problem, article_id)

    def __reduce__(self) -> tuple[type[RecordError], tuple[str, str, str]]:  # type: ignore[override]
        return (type(self), (self.record, self.problem, self.article_id))


class InputError(RecordError):
    """An input record that cannot be read as an article."""


class EmptyInputError(InputError):
    """The file or record holds no text."""


class BinaryInputError(InputError):
    """The bytes are not text (NUL bytes or control characters)."""


class EncodingInputError(InputError):
    """The bytes are not valid UTF-8."""


class MalformedRecordError(InputError):
    """A JSON record that does not parse or lacks a required field."""


class InputTooLargeError(InputError):
    """An article larger than the configured limit."""


class ModelError(OfficialdomError):
    """A spaCy pipeline that cannot be loaded or used."""


class LexiconError(OfficialdomError):
    """A lexicon data file that is missing or malformed."""


class StoreError(OfficialdomError):
    """A graph store that cannot be opened, read or written."""


class UnknownStoreError(StoreError):
    """A store specification that names no known store kind."""


class QueryError(OfficialdomError):
    """A SPARQL query that does not parse or cannot be evaluated."""


class ServerError(OfficialdomError):
    """A SPARQL endpoint that cannot start: the address is in use, or the options do not fit the store."""


class ExportError(OfficialdomError):
    """An export that cannot be written."""


class GraphError(OfficialdomError):
    """A network question that has no answer: a node that is not in the graph, or no path between two."""


class EvaluationError(OfficialdomError):
    """A gold or system file that cannot be evaluated."""


class ReferenceListError(OfficialdomError):
    """A reference list (gazetteer CSV/JSON, CountryInfo, Phoenix dictionary) that cannot be read."""
