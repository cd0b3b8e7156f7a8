"""Live execution: the monitor stream, its hub, the wait plan and drivers, run handles and results."""
