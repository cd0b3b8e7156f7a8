"""Build uploads: source checks, the sans-IO flow and plan, drivers, parts, resume state and progress."""
