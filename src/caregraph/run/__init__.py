"""Running an extraction over a corpus: executors (in-process, a process pool, Dask), the
result cache, and the corpus run that ties them to the graph."""
