"""The emulator's HTTP side: the ASGI app mounting every area's router (`app`), the uvicorn
thread (`thread`), cross-cutting behaviour (`middleware`: auth, request log, faults, body
bound), the dependencies handlers take (`deps`), request bodies and their bounds."""
