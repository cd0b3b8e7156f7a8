"""The emulator by API area, the same map as `resources/`: one package per area.

Each has `ops.py` (state changes and queries, no FastAPI), `shapes.py` (rows -> the spec's
JSON) and `routes.py` (thin handlers calling the two; exports `router`, mounted by
`_server/app.py`). Routes import only their own area; ops and shapes may use other areas'.
"""
