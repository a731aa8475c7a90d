"""The row view every writer reads: what a graph must give to be written without first
becoming a NetworkX graph. graph.assemble.AssembledGraph is one; a NetworkX graph (read back
from a file, or built by hand in a test) is not, and writers take it as it is.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    import networkx as nx

NodeRow = tuple[str, dict[str, Any]]            # (node id, attributes)
Row = tuple[str, str, str, dict[str, Any]]      # (source id, target id, relation, attributes)


@runtime_checkable
class GraphRows(Protocol):
    """A graph that streams its own rows: ids final (NMTOKEN-safe and unique), nodes sorted by
    id, one edge per (source, relation, target), edges sorted."""

    def nodes(self) -> Iterator[NodeRow]: ...

    def edges(self) -> Iterator[Row]: ...

    def to_networkx(self) -> nx.MultiDiGraph: ...
