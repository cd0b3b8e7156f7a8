"""The emulator's state: one `Store` behind one lock, composed of one state object per API area.

`store.py` composes them; each area's rows and lookups are in the module named after it
(`apps`, `builds`, `tests`, `workflows`, `runs`, `objects`, `devices`); `ids` gives ids and
timestamps, `errors` the refusals any area raises, `feed` the event log, `scripts` and
`faults` what tests ask the emulator to do. No module here imports FastAPI.
"""
