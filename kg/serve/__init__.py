"""Serving a store over HTTP, safely: our front server in front of Oxigraph's server.

* :mod:`kg.serve.backend`: the real ``oxigraph serve-read-only`` (or ``serve`` when
  writable) on a private loopback port, with Oxigraph's query time limit;
* :mod:`kg.serve.front`: the server clients talk to; refuses writes unless writable,
  refuses SERVICE and LOAD to endpoints not allowed (:func:`kg.query.safety.check_served`,
  the check ``kg query`` uses), bounds the rows of an answer, passes the rest through.
"""
from kg.serve.front import ServeConfig, serve

__all__ = ["ServeConfig", "serve"]
