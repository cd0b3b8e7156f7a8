"""Device sessions: start a Revyl cloud device, act on it, see it, stop it (DEVICES.md)."""
