"""Rich output of the commands: the analyst commands' records, the extraction summary, the
evaluation tables and graph differences, to a Console. No logic, no I/O beyond the console."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..core.ontology import DOCUMENT
from ..query.records import (
    Edge,
    Hop,
    Neighbourhood,
    Node,
    PathResult,
    Profile,
    Quote,
    Ranked,
    Reached,
    SearchResult,
    Stats,
    TimelineEntry,
)
from .app import safe


def _text(text: str) -> str:
    """Outside text (labels, ids, evidence, file names) for rich markup: terminal-safe
    (app.safe) and markup-escaped."""
    return escape(safe(text))


class _Lines:
    """Lines of markup collected and printed at once: one rich print per answer, not per
    line (three times faster on a hub's thousands of lines)."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def print(self, text: str, *, highlight: bool = False) -> None:
        self.lines.append(text)

    def flush(self, out: Console) -> None:
        if self.lines:
            out.print("\n".join(self.lines), highlight=False)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _name(node: Node) -> str:
    return f"[bold]{_text(node.label)}[/bold] [dim]({_text(node.type)})[/dim]"


def _arrow(hop: Hop) -> str:
    rel = _text(hop.edge.relation)
    return f"—{rel}→" if hop.direction == "out" else f"←{rel}—"


def _extra(edge: Edge) -> str:
    parts = []
    if edge.role:
        parts.append(f"role: {edge.role}")
    if edge.predicate:
        parts.append(f"predicate: {edge.predicate}")
    return f" [dim]({_text('; '.join(parts))})[/dim]" if parts else ""


def _evidence(out: Console | _Lines, edge: Edge, indent: str) -> None:
    if edge.evidence:
        out.print(f'{indent}"{_text(_one_line(edge.evidence))}"', highlight=False)
    page = f", p. {edge.page}" if edge.page is not None else ""
    if edge.quote:
        words = " / ".join(_one_line(p) for p in edge.quote.split("\n\n"))
        out.print(f'{indent}[dim]quote:[/dim] "{_text(words)}"', highlight=False)
    if edge.documents:
        out.print(f"{indent}[dim]in {_text(', '.join(edge.documents))}{page}[/dim]", highlight=False)
    elif page:
        out.print(f"{indent}[dim]{page[2:]}[/dim]", highlight=False)


def profile(out: Console, result: Profile, *, limit: int | None = None) -> None:
    """The entity and its relations by kind, at most `limit` of each kind (the rest counted)."""
    buf = _Lines()
    node = result.node
    buf.print(f"{_name(node)}  [dim]id {_text(node.id)}[/dim]", highlight=False)
    if result.also_alias_of:
        others = "; ".join(f"{_text(n.label)} ({_text(n.type)}, id {_text(n.id)})" for n in result.also_alias_of)
        buf.print(f"[yellow]note:[/yellow] the name is also an alias of: {others}", highlight=False)
    buf.print(f"aliases: {_text(', '.join(node.aliases)) or '-'}", highlight=False)
    buf.print(f"mentions: {node.mentions}", highlight=False)
    buf.print(f"documents ({len(node.documents)}): {_text(', '.join(node.documents)) or '-'}", highlight=False)
    if not result.relations:
        buf.print("relations: none", highlight=False)
    for relation, hops in result.relations:
        buf.print(f"\n[bold]{_text(relation)}[/bold] ({len(hops)})", highlight=False)
        for hop in hops[:limit]:
            buf.print(f"  {_arrow(hop)} {_name(hop.other)}{_extra(hop.edge)}", highlight=False)
            _evidence(buf, hop.edge, "      ")
        if limit is not None and len(hops) > limit:
            buf.print(f"  [dim]… and {len(hops) - limit:,} more {_text(relation)} (--max 0 shows all)[/dim]",
                      highlight=False)
    buf.flush(out)


def neighbourhood_tree(out: Console, hood: Neighbourhood) -> None:
    """The breadth-first tree, one line per node (long labels are never cut)."""
    buf = _Lines()
    children: dict[str, list[Reached]] = {}
    for reached in hood.nodes:
        if reached.parent is not None:
            children.setdefault(reached.parent, []).append(reached)
    buf.print(_name(hood.centre), highlight=False)
    stack: list[tuple[Reached, str, bool]] = [
        (r, "", i == len(kids) - 1) for kids in [children.get(hood.centre.id, [])] for i, r in enumerate(kids)
    ][::-1]
    while stack:
        reached, prefix, last = stack.pop()
        via = f"{_arrow(reached.via)} " if reached.via else ""
        extra = _extra(reached.via.edge) if reached.via else ""
        buf.print(f"{prefix}{'└── ' if last else '├── '}{via}{_name(reached.node)}{extra}", highlight=False)
        kids = children.get(reached.node.id, [])
        inner = prefix + ("    " if last else "│   ")
        stack.extend((r, inner, i == len(kids) - 1) for i, r in reversed(list(enumerate(kids))))
    buf.print(f"{len(hood.nodes)} nodes, {len(hood.edges)} edges within depth {hood.depth}", highlight=False)
    _more(buf, hood)
    buf.flush(out)


def _more(out: Console | _Lines, hood: Neighbourhood) -> None:
    if hood.more:
        out.print(f"[dim]… and {hood.more:,} more nodes within depth {hood.depth} (--max 0 shows all; "
                  f"-o FILE writes them all)[/dim]", highlight=False)


def neighbourhood_table(out: Console, hood: Neighbourhood) -> None:
    labels = {r.node.id: r.node.label for r in hood.nodes}
    table = Table(title=f"within {hood.depth} of {_text(hood.centre.label)}")
    for column in ("distance", "entity", "type", "via", "from"):
        table.add_column(column, justify="right" if column == "distance" else "left")
    for reached in hood.nodes:
        via = _arrow(reached.via) if reached.via else ""
        table.add_row(str(reached.distance), _text(reached.node.label), _text(reached.node.type), via,
                      _text(labels[reached.parent]) if reached.parent else "")
    out.print(table)
    _more(out, hood)


def paths(out: Console, result: PathResult, *, via_documents: bool) -> None:
    buf = _Lines()
    ends = f"{_name(result.source)} and {_name(result.target)}"
    if result.length is None:
        hint = "" if via_documents else " (try --via-documents)"
        buf.print(f"no path between {ends}{hint}", highlight=False)
        buf.flush(out)
        return
    shown = len(result.paths)
    more = f", showing {shown}" if shown < result.total else ""
    buf.print(f"{result.total} shortest path(s) of length {result.length} between {ends}{more}", highlight=False)
    for number, path in enumerate(result.paths, 1):
        buf.print(f"\n[bold]path {number}[/bold]", highlight=False)
        buf.print(f"  {_name(path[0].start)}", highlight=False)
        for step in path:
            for i, hop in enumerate(step.hops):
                lead = "  " if i == 0 else "  [dim]or[/dim] "
                buf.print(f"{lead}{_arrow(hop)} {_name(step.end)}{_extra(hop.edge)}", highlight=False)
                _evidence(buf, hop.edge, "      ")
    buf.flush(out)


def top(out: Console, ranked: tuple[Ranked, ...], *, by: str, note: str | None = None) -> None:
    """A table: rank, entity, type, the measure (when not degree or mentions), degree, mentions;
    the note (an estimate) under it."""
    table = Table(title=f"top entities by {by}", caption=note)
    extra = by not in ("degree", "mentions")
    for column in ("#", "entity", "type", *([by] if extra else []), "degree", "mentions"):
        table.add_column(column, justify="left" if column in ("entity", "type") else "right")
    for row in ranked:
        score = [f"{row.score:g}"] if extra else []
        table.add_row(str(row.rank), _text(row.node.label), _text(row.node.type), *score,
                      str(row.degree), str(row.node.mentions))
    out.print(table)


def stats(out: Console, result: Stats) -> None:
    table = Table(title="graph")
    table.add_column("what")
    table.add_column("count", justify="right")
    for what, value in (("nodes", result.nodes), ("edges", result.edges), ("documents", result.documents)):
        table.add_row(what, str(value))
    for name, count in result.types:
        table.add_row(f"type {_text(name)}", str(count))
    for name, count in result.relations:
        table.add_row(f"relation {_text(name)}", str(count))
    table.add_row("components (entities, typed edges)", str(result.components))
    table.add_row("largest component", str(result.largest_component))
    table.add_row("isolated entities", str(result.isolated))
    table.add_row("density (entities, typed edges)", f"{result.density:g}")
    out.print(table)
    if result.most_aliases:
        out.print("most aliases (check for wrong merges):", highlight=False)
        for node in result.most_aliases:
            out.print(f"  {_name(node)} {len(node.aliases)}: {_text(', '.join(node.aliases))}", highlight=False)


def _count(shown: int, total: int | None) -> str:
    return str(shown) if total is None or total == shown else f"{shown} of {total}; --max 0 shows all"


def search(out: Console, result: SearchResult) -> None:
    buf = _Lines()
    buf.print(f"[bold]entities[/bold] ({_count(len(result.nodes), result.total_nodes)})", highlight=False)
    for match in result.nodes:
        if match.node is None:
            continue
        text = "" if match.field == "label" else f"  [dim]{match.field}:[/dim] {_text(_one_line(match.text))}"
        buf.print(f"  {_name(match.node)}{text}", highlight=False)
    buf.print(f"[bold]edges[/bold] ({_count(len(result.edges), result.total_edges)})", highlight=False)
    for edge in (m.edge for m in result.edges if m.edge):
        buf.print(f"  {_name(edge.source)} —{_text(edge.relation)}→ {_name(edge.target)}{_extra(edge)}",
                  highlight=False)
        _evidence(buf, edge, "      ")
    buf.flush(out)


def quotes(out: Console, speaker: Node, found: tuple[Quote, ...]) -> None:
    out.print(f"{_name(speaker)}: {len(found)} quotation(s)", highlight=False)
    for quote in found:
        where = [f"in {', '.join(quote.edge.documents)}"] if quote.edge.documents else []
        where += [quote.date or "undated"] + ([f"p. {quote.page}"] if quote.page else [])
        out.print(f"\n[dim]{_text(' · '.join(where))} — {_text(quote.edge.relation)} "
                  f"{_text(quote.edge.target.label)}[/dim]", highlight=False)
        for paragraph in quote.quote.split("\n\n"):
            out.print(f'  "{_text(_one_line(paragraph))}"', highlight=False)


def timeline(out: Console, who: Node | None, entries: tuple[TimelineEntry, ...]) -> None:
    if who is not None:
        out.print(f"documents mentioning {_name(who)}", highlight=False)
    for entry in entries:
        date = entry.date or "[yellow]undated[/yellow]"
        title = f" {_text(entry.title)}" if entry.title else ""
        out.print(f"{date}  [bold]{_text(entry.document.label)}[/bold]{title} "
                  f"[dim]({len(entry.edges)} relation(s))[/dim]", highlight=False)
        for edge in entry.edges:
            out.print(f"    {_name(edge.source)} —{_text(edge.relation)}→ {_name(edge.target)}", highlight=False)


# --- extract, evaluate, diff ---------------------------------------------------------

def extract_summary(
    out: Console, graph: Any, report: Any, written: list[Path], seconds: float,
    *, changes: Any = None, previous: str = "none",
) -> None:
    types, relations = graph.counts()   # graph.AssembledGraph: counted without making its edges
    table = Table(title=f"caregraph: {_text(', '.join(str(p) for p in written))}", show_header=True)
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("documents", str(report.cached + report.computed))
    table.add_row("parsed", str(report.computed))
    table.add_row("from cache", str(report.cached))
    if report.skipped:
        table.add_row("skipped files", str(len(report.skipped)))
    unsupported = sum(getattr(report, "unsupported", {}).values())
    if unsupported:
        table.add_row("files of unsupported types", str(unsupported))
    for type_, n in sorted(types.items()):
        if type_ != DOCUMENT:
            table.add_row(f"entities: {_text(type_)}", str(n))
    for relation, n in sorted(relations.items()):
        table.add_row(f"relations: {relation}", str(n))
    if report.curation is not None:
        table.add_row(f"curation: operations ({report.curation})", str(report.curation_operations))
        table.add_row("curation: matched nothing", str(len(report.curation_warnings)))
    if changes is not None:
        if previous != "read":
            table.add_row("changes: previous graph", previous)
        for name in ("documents_added", "documents_changed", "documents_removed", "entities_added",
                     "entities_removed", "entities_retyped", "entities_relabelled", "edges_added",
                     "edges_removed"):
            what, _, how = name.partition("_")
            table.add_row(f"changes: {what} {how}", str(getattr(changes, name)))
    table.add_row("seconds", f"{seconds:.1f}")
    out.print(table)
    for warning in report.curation_warnings:
        out.print(f"curation: {warning}", markup=False, highlight=False)


def evaluation(out: Console, result: Any, *, show: bool) -> None:
    from rich.table import Table

    if show:
        for title, rows in (
            ("false positives (nodes matching no gold entity)", result.false_positives),
            ("wrong types", result.wrong_types),
            ("duplicates (a second node for a credited entity)", result.duplicate_nodes),
            ("misses (gold entities with no node)", result.misses),
        ):
            out.print(f"[bold]{title}[/bold]: {len(rows)}")
            for row in rows:
                out.print(safe("  " + "  ".join(f"{k}={v}" for k, v in row.items())), markup=False)
        out.print(f"[bold]relation false positives[/bold]: {len(result.relation_false_positives)}")
        for row in result.relation_false_positives:
            out.print(safe(f"  {row['source']} -{row['relation']}-> {row['target']}  [{row['rule']}]"), markup=False)
        out.print(f"[bold]relation misses[/bold]: {len(result.relation_misses)}")
        for s, r, o in result.relation_misses:
            out.print(safe(f"  {s} -{r}-> {o}"), markup=False)
    table = Table(title="per type / relation / rule")
    for col in ("", "P", "R", "F1", "hits", "predicted", "gold"):
        table.add_column(col, justify="right" if col else "left")
    for name, s in result.per_type.items():
        table.add_row(f"type {_text(name)}", f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}",
                      str(s.hits), str(s.predicted), str(s.gold))
    for name, s in result.per_relation.items():
        table.add_row(f"relation {_text(name)}", f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}",
                      str(s.hits), str(s.predicted), str(s.gold))
    for name, r in result.per_rule.items():
        table.add_row(f"rule {_text(name)}", f"{r['precision']:.3f}", "", "", str(r["hits"]), str(r["edges"]), "")
    out.print(table)
    u, t, rel = result.entities_untyped, result.entities_typed, result.relations
    out.print(f"entities untyped: P={u.precision:.3f} R={u.recall:.3f} F1={u.f1:.3f}", highlight=False)
    out.print(f"entities typed:   P={t.precision:.3f} R={t.recall:.3f} F1={t.f1:.3f}", highlight=False)
    out.print(f"duplicates: {result.duplicates}", highlight=False)
    out.print(f"relations:        P={rel.precision:.3f} R={rel.recall:.3f} F1={rel.f1:.3f}", highlight=False)


def diff_table(out: Console, result: Any, old_file: Path, new_file: Path) -> None:
    from rich.table import Table

    if result.equal:
        out.print(safe(f"{old_file} and {new_file}: equal"), markup=False, highlight=False, emoji=False)
        return

    def show(value: Any) -> str:
        text = "" if value is None else "|".join(map(str, value)) if isinstance(value, list) else str(value)
        text = safe(text)
        return _text(text if len(text) <= 80 else text[:79] + "\u2026")

    def edge(key: tuple[str, str, str]) -> str:
        return _text(f"{key[0]} -{key[1]}-> {key[2]}")

    table = Table(title=_text(f"{old_file} -> {new_file}"), show_header=True)
    for column in ("", "what", "id", "attribute", "old", "new"):
        table.add_column(column, overflow="fold")
    for node, attrs in result.nodes_added:
        table.add_row("+", "node", _text(node), "type", "", show(attrs.get("type")))
    for node, attrs in result.nodes_removed:
        table.add_row("-", "node", _text(node), "type", show(attrs.get("type")), "")
    for node, changes in result.nodes_changed:
        for c in changes:
            table.add_row("~", "node", _text(node), _text(c.attribute), show(c.old), show(c.new))
    for key, attrs in result.edges_added:
        table.add_row("+", "edge", edge(key), "weight", "", show(attrs.get("weight")))
    for key, attrs in result.edges_removed:
        table.add_row("-", "edge", edge(key), "weight", show(attrs.get("weight")), "")
    for key, changes in result.edges_changed:
        for c in changes:
            table.add_row("~", "edge", edge(key), _text(c.attribute), show(c.old), show(c.new))
    out.print(table)
    counts = (
        f"nodes: +{len(result.nodes_added)} -{len(result.nodes_removed)} ~{len(result.nodes_changed)}; "
        f"edges: +{len(result.edges_added)} -{len(result.edges_removed)} ~{len(result.edges_changed)}"
    )
    out.print(counts, markup=False, highlight=False, emoji=False)
