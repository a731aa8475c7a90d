"""Writers and readers of graph files: one module per format."""
