"""`diplograph serve`: a read-only SPARQL endpoint and pages to read the graph in a browser.

- `app`: routes and pages (Jinja2, autoescaped); `server`: the standard library HTTP server;
- `sparql`, `results`: the SPARQL 1.1 Protocol and result formats;
- `worker`: query processes with a deadline; `data`, `svg`: what pages show and how it is drawn.
"""
