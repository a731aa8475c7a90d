"""The client side's graph: per-document results folded into one graph, with stable ids, and
the rows every writer reads (assemble.AssembledGraph)."""
