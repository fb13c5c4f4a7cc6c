"""Facts to triples: the merge across documents, the records it keeps, the writer, the segments.

Owns what the graph says and how it is cut: `merge` settles what several
documents say of one meeting (claims, settled values), `records` are the
small per-document summaries the merge reads, `writer` turns merged facts
into N-Triples with deterministic IRIs (`dgr:state/china`,
`dgr:meeting/2023-04-13-samarkand`) and Turtle, and `segments` cuts the
graph so that no triple is in two pieces. May import the ground floor and
the converter's plain records (`facts`, `lexicon`, `world`, `extract.dates`);
never the build, validation, queries or the faces.

    merge.py     documents' facts -> merged meetings, claims, settled values
    records.py   the per-document record the merge reads (cached with each document)
    writer.py    merged facts -> N-Triples and Turtle, with stable IRIs
    segments.py  the graph's pieces, their keys, and the piece of any generated IRI
"""
