"""The one error type a user sees: which input, and why."""


class InputError(Exception):
    """An input that cannot be turned into a record. str() is one line naming file and reason."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
