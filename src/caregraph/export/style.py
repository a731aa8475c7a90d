"""How a node looks, in one place: the colour of each type and the size of a node.

The palette is Okabe and Ito's colour-blind-safe set ("Color Universal Design", 2008), one
colour per ontology type; a type the palette does not know gets OTHER. GEXF (`viz:color`,
`viz:size`) and the HTML page both use it, so Gephi and the browser agree.
"""

from __future__ import annotations

import math

from ..core.ontology import DOCUMENT, INITIATIVE, ORGANISATION, PERSON, PLACE, PUBLICATION, RECOMMENDATION
from .table import NodeRow

PALETTE: dict[str, str] = {
    PERSON: "#E69F00",          # orange
    ORGANISATION: "#0072B2",    # blue
    PLACE: "#009E73",           # bluish green
    PUBLICATION: "#D55E00",     # vermilion
    INITIATIVE: "#CC79A7",      # reddish purple
    RECOMMENDATION: "#F0E442",  # yellow
    DOCUMENT: "#999999",        # grey
}
OTHER = "#56B4E9"                 # sky blue

MIN_SIZE = 8.0
MAX_SIZE = 48.0


def colour_of(type_: str) -> str:
    """The `#RRGGBB` colour of a node type."""
    return PALETTE.get(type_, OTHER)


def rgb(colour: str) -> tuple[int, int, int]:
    """`#RRGGBB` as three 0-255 ints."""
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def size_of(node: NodeRow) -> float:
    """A node's size: grows with the square root of its mentions (of its degree for a
    Document node, which has no mentions), from MIN_SIZE, capped at MAX_SIZE."""
    if node.type == DOCUMENT or "mentions" not in node.attrs:
        count = node.degree
    else:
        count = node.attrs["mentions"] if isinstance(node.attrs["mentions"], int) else 0
    return round(min(MAX_SIZE, MIN_SIZE + 4.0 * math.sqrt(max(count, 0))), 2)
