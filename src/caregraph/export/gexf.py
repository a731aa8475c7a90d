"""GEXF 1.3 for Gephi: colours and sizes ready, attributes typed, the same bytes every run.

Our own writer rather than networkx's, whose <meta> carries today's date and which turns an
edge attribute named `type` into the edge's direction. Here:

- node `label` and edge `label` (the relation) are XML attributes, as Gephi shows them;
- edge `weight` is the GEXF weight; the relation is also an attribute named `relation`;
- every other attribute is a declared <attribute> (lists `|`-joined, as in GraphML);
- `viz:color` comes from `style.PALETTE` by node type, `viz:size` from `style.size_of`.

`networkx.read_gexf(path, version="1.3")` reads it back with labels, types, weights and evidence.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from .common import LIST_SEPARATOR, clean_text, write_atomic, xml_attr
from .style import colour_of, rgb, size_of
from .table import Table, table_of

if TYPE_CHECKING:
    import networkx as nx

NAMESPACE = "http://gexf.net/1.3"
VIZ_NAMESPACE = "http://gexf.net/1.3/viz"
SCHEMA_LOCATION = "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"

# Attributes carried by the XML element itself, not declared as <attribute>.
ELEMENT_ATTRIBUTES = {"node": frozenset({"label"}), "edge": frozenset({"label", "weight"})}


def gexf_bytes(graph: nx.MultiDiGraph) -> bytes:
    """The GEXF 1.3 document for a graph, deterministic."""
    table = table_of(graph)
    node_attrs = _declarations("node", table)
    edge_attrs = _declarations("edge", table)
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n']
    out.append(
        f'<gexf xmlns="{NAMESPACE}" xmlns:viz="{VIZ_NAMESPACE}" '
        f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        f'xsi:schemaLocation="{SCHEMA_LOCATION}" version="1.3">\n'
    )
    out.append("  <meta>\n    <creator>caregraph</creator>\n"
               "    <description>entities and relations with their evidence sentences</description>\n"
               "  </meta>\n")
    out.append('  <graph defaultedgetype="directed" mode="static">\n')
    for domain, declared in (("node", node_attrs), ("edge", edge_attrs)):
        out.append(f'    <attributes class="{domain}" mode="static">\n')
        for name, type_ in declared:
            out.append(f"      <attribute id={xml_attr(name)} title={xml_attr(name)} type=\"{type_}\"/>\n")
        out.append("    </attributes>\n")
    out.append("    <nodes>\n")
    for node in table.nodes:
        out.append(f"      <node id={_attr(node.id)} label={_attr(node.label)}>\n")
        out.extend(_attvalues(node.attrs, node_attrs))
        r, g, b = rgb(colour_of(node.type))
        out.append(f'        <viz:color r="{r}" g="{g}" b="{b}"/>\n')
        out.append(f'        <viz:size value="{size_of(node)!r}"/>\n')
        out.append("      </node>\n")
    out.append("    </nodes>\n    <edges>\n")
    for edge in table.edges:
        label = edge.attrs.get("label", edge.relation)
        weight = edge.attrs.get("weight")
        weight_xml = f' weight="{float(weight)!r}"' if isinstance(weight, (int, float)) else ""
        out.append(
            f"      <edge id={_attr(edge.id)} source={_attr(edge.source)} target={_attr(edge.target)} "
            f"label={_attr(str(label))}{weight_xml}>\n"
        )
        out.extend(_attvalues(edge.attrs, edge_attrs))
        out.append("      </edge>\n")
    out.append("    </edges>\n  </graph>\n</gexf>\n")
    return "".join(out).encode("utf-8")


def write_gexf(graph: nx.MultiDiGraph, path: str | Path) -> None:
    """Write the graph as GEXF 1.3, atomically."""
    data = gexf_bytes(graph)
    write_atomic(path, lambda handle: handle.write(data))


def _declarations(domain: str, table: Table) -> list[tuple[str, str]]:
    """(name, GEXF type) of every attribute that is not an XML attribute of the element."""
    rows = [row.attrs for row in (table.nodes if domain == "node" else table.edges)]
    columns = table.node_columns if domain == "node" else table.edge_columns
    return [
        (name, _type_of([attrs[name] for attrs in rows if name in attrs]))
        for name in columns
        if name not in ELEMENT_ATTRIBUTES[domain]
    ]


def _type_of(values: list[Any]) -> str:
    kinds = {type(value) for value in values}
    if kinds == {bool}:
        return "boolean"
    if kinds == {int}:
        return "integer"
    if kinds and kinds <= {int, float}:
        return "double"
    return "string"


def _attvalues(attrs: Any, declared: list[tuple[str, str]]) -> list[str]:
    lines = []
    for name, type_ in declared:
        if name not in attrs:
            continue
        lines.append(f"          <attvalue for={_attr(name)} value={_attr(_text(attrs[name], type_))}/>\n")
    if not lines:
        return []
    return ["        <attvalues>\n", *lines, "        </attvalues>\n"]


def _text(value: Any, type_: str) -> str:
    if type_ == "boolean":
        return "true" if value else "false"
    if type_ == "integer":
        return str(int(value))
    if type_ == "double":
        return repr(float(value))
    if isinstance(value, tuple):
        return LIST_SEPARATOR.join(value)
    return str(value)


def _attr(text: str) -> str:
    """A quoted XML attribute value; newlines and tabs kept as character references."""
    return xml_attr(clean_text(text))
