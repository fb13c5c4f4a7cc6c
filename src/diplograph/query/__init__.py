"""Questions to the graph: the saved queries of queries/, the engines that answer them, the formats of the rows.

Owns reading a saved query (its header, its parameters), binding and
checking the parameters' values, running it on an engine (Oxigraph in
memory or on disk, rdflib, a SPARQL endpoint; `engines.py`) and writing the
rows (table, CSV, TSV, JSON, XML). May import the ground floor (`errors`,
`paths`, `vocab`, `rdfio`, `fileio`); the commands and the web pages import
it. A new saved query is a file in queries/ with an expected result under
tests/queries/; no code.

    saved.py    saved queries: header, parameters and their values, running
    formats.py  the rows as a table, CSV, TSV, SPARQL JSON or XML results
    engines.py  where a query runs: Oxigraph, rdflib, an endpoint; pushing a graph to a store
    cache.py    the default engine's store beside a large graph, loaded once, renewed with the file
    kept.py     the saved queries' answers, kept beside that store on each one's first run
"""
