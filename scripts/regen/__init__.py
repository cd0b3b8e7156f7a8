"""Regeneration pipeline for the generated `revyl_api` client.

The pipeline is a chain of small passes over the OpenAPI document (see `pipeline.py`):
pull -> validate -> overlay patches -> exclusions -> FastAPI normalisation -> generate ->
post-process -> publish. Each pass is a pure function: it returns a new document (sharing
unchanged parts with its input) plus, where useful, a report of what it changed.
"""
