"""The named passes of the pipeline; each takes a spec and returns (new spec, report)."""
