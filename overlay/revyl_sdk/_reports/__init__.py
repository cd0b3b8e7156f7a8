"""Run reports: the typed report model, fetching it, and saving a run's artifacts."""
