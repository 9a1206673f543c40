"""The ``officialdom serve`` command: a SPARQL endpoint over a store (a thin shell over :mod:`officialdom.server`)."""

from __future__ import annotations

from typing import Annotated

import typer

from officialdom.cli import _fail, app, err
from officialdom.config import DEFAULT_STORE
from officialdom.errors import OfficialdomError
from officialdom.server import DEFAULT_HOST, DEFAULT_LIMIT, DEFAULT_PORT, DEFAULT_TIMEOUT, SparqlServer, serve

__all__ = ["serve_command"]


@app.command("serve")
def serve_command(
    store: Annotated[
        str,
        typer.Argument(
            envvar="OFFICIALDOM_STORE", help="The store (oxigraph:PATH or a store folder) or an RDF file to serve."
        ),
    ] = DEFAULT_STORE,
    host: Annotated[
        str, typer.Option(help="Address to listen on; 127.0.0.1 keeps the endpoint on this machine.")
    ] = DEFAULT_HOST,
    port: Annotated[int, typer.Option(help="Port to listen on (0 picks a free one).")] = DEFAULT_PORT,
    writable: Annotated[
        bool, typer.Option("--writable", help="Accept SPARQL updates (refused by default: the endpoint is read-only).")
    ] = False,
    timeout: Annotated[float, typer.Option(help="Seconds a query may run before it is stopped.")] = DEFAULT_TIMEOUT,
    limit: Annotated[int, typer.Option(help="Rows or triples sent at most per answer.")] = DEFAULT_LIMIT,
    workers: Annotated[
        int | None, typer.Option(help="Query worker processes (default: the number of CPUs, at least 2).")
    ] = None,
) -> None:
    """Serve a store as a SPARQL 1.1 endpoint (read-only unless --writable), until Ctrl-C."""

    def ready(server: SparqlServer) -> None:
        mode = "read-write" if server.writable else "read-only"
        err.print(
            f"SPARQL endpoint ({mode}, {server.workers} worker(s), timeout {server.timeout:g} s, "
            f"limit {server.limit} rows) at [bold]{server.url}[/]; Ctrl-C stops it",
            highlight=False,
        )
        if host not in ("127.0.0.1", "localhost", "::1"):
            err.print(f"[yellow]warning:[/] listening on {host}: other machines can reach this endpoint")

    try:
        serve(
            store,
            host=host,
            port=port,
            writable=writable,
            timeout=timeout,
            limit=limit,
            workers=workers,
            on_ready=ready,
        )
    except OfficialdomError as error:
        raise _fail(str(error)) from None
    err.print("stopped", highlight=False)
