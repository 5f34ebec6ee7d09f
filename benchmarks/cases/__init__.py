"""One module per area; each exposes `run(context) -> list[Result]`."""
