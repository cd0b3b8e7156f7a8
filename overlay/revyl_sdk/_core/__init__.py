"""Transport core: the base client, options, retries, error mapping, logging, CI headers, pagination."""
