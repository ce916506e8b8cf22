"""A campaign's facts as its page shows them: each myth beside the fact that answers it, then
the figures that answer none."""

from functools import cached_property


class MythsAndFacts:
    """Read from the database only when the page shows them, so a cached page costs nothing."""

    def __init__(self, facts):
        self._facts = facts

    @cached_property
    def _rows(self):
        return list(self._facts)

    def __bool__(self):
        return bool(self._rows)

    @property
    def answering_myths(self):
        return [fact for fact in self._rows if fact.myth]

    @property
    def figures(self):
        return [fact for fact in self._rows if not fact.myth]
