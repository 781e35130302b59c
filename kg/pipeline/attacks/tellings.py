"""The attacks a document told so far, by what makes two reports one attack."""
from __future__ import annotations

from kg.model import Attack
from kg.pipeline.attacks.merging import event_key


class Tellings:
    """The attacks told so far, each kept under its :func:`event_key` when it was kept.

    A key holds one telling that later reports are matched with (and merged into). A key
    can still stand for two strikes: an event read without named roles is keyed without
    its attacker (who may be named only later), so a later telling under the same key may
    name another attacker; and an undated telling is matched by its undated key after a
    merge gave it a day. Such a telling that disagrees is kept *beside* the matched one,
    never matched itself. All are kept in the order told: the document-wide merges read
    them in that order."""

    def __init__(self) -> None:
        self._matched: dict[tuple, Attack] = {}
        # every telling kept, in order; with its key when it is the one matched by that key
        self._kept: list[tuple[tuple | None, Attack]] = []

    def __bool__(self) -> bool:
        return bool(self._kept)

    def __contains__(self, key: tuple) -> bool:
        return key in self._matched

    def all(self) -> list[Attack]:
        return [a for _, a in self._kept]

    def told_before(self, attack: Attack) -> Attack | None:
        """The telling this one is matched with: the one under its key, else the one under
        its undated key (a later telling may date an attack first told without a day)."""
        old = self._matched.get(event_key(attack))
        return old if old is not None else self._matched.get(event_key(attack, None))

    def put(self, key: tuple, attack: Attack) -> None:
        """Keep ``attack`` as the telling matched by ``key``, in the place of the one there."""
        if key in self._matched:
            self._kept[self._place(key)] = (key, attack)
        else:
            self._kept.append((key, attack))
        self._matched[key] = attack

    def beside(self, attack: Attack) -> None:
        """Keep ``attack`` as another strike under a key already matched: never matched."""
        self._kept.append((None, attack))

    def drop(self, key: tuple) -> None:
        """Forget the telling matched by ``key`` (its key is about to change), if any."""
        if self._matched.pop(key, None) is not None:
            del self._kept[self._place(key)]

    def _place(self, key: tuple) -> int:
        return next(i for i, (k, _) in enumerate(self._kept) if k == key)
