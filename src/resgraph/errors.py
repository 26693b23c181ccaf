"""The error types a user sees: which input (or store), and why."""


class InputError(Exception):
    """An input that cannot be turned into a record. str() is one line naming file and reason."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class StoreError(Exception):
    """A store that cannot be opened or written as a whole (a file, a foreign or damaged folder,
    another build's lock, a full disk). str() is one line naming the store and the reason."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
