"""What the engine needs to know about a submission and about the stored corpus.

The engine never talks to the database: the service implements ``CorpusStore`` with its SQL.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

# Vector ids pack the initiative id and the passage's order: no id map to keep in memory.
ORD_BITS = 10
MAX_PASSAGES = (1 << ORD_BITS) - 1


def vector_id(doc_id: int, ord_: int) -> int:
    return (doc_id << ORD_BITS) | ord_


def split_vector_id(vid: int) -> tuple[int, int]:
    return vid >> ORD_BITS, vid & MAX_PASSAGES


@dataclass(frozen=True)
class Submission:
    """A new initiative to check (the import contract's fields, normalised text)."""

    title: str
    summary: str = ""
    content: str = ""
    external_id: str | None = None
    author: str | None = None
    author_code: str | None = None
    coauthors: tuple[str, ...] = ()
    unit: str | None = None
    year: int | None = None
    field: str | None = None
    duties: str | None = None


@dataclass(frozen=True)
class DocMeta:
    doc_id: int
    external_id: str
    title: str
    year: int
    author: str | None = None
    author_key: str | None = None
    author_code: str | None = None
    coauthor_keys: frozenset[str] = field(default_factory=frozenset)
    unit: str | None = None
    unit_key: str | None = None
    field: str | None = None


@dataclass
class StoredPassage:
    doc_id: int
    ord: int
    section: str
    text: str
    solution_no: int | None = None
    embedding: np.ndarray | None = None


class CorpusStore(Protocol):
    def docs(self, doc_ids: Sequence[int]) -> dict[int, DocMeta]: ...

    def passages(self, doc_ids: Sequence[int], sections: Collection[str] | None = None
                 ) -> dict[int, list[StoredPassage]]:
        """The stored passages of each initiative in order; only those of ``sections`` if given."""
        ...
