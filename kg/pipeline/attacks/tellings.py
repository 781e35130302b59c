"""The attacks a document told so far, by what makes two reports one attack."""
from __future__ import annotations

from kg.model import Attack
from kg.pipeline.attacks.merging import disagree, event_key, merge


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

    def tell(self, attack: Attack) -> Attack:
        """Keep a new telling, or merge it into the one told before; return the telling kept
        for it (the earlier one when merged), which a later claim fills."""
        key = event_key(attack)
        old = self.told_before(attack)
        if old is None:
            self.put(key, attack)
        elif not disagree(old, attack):
            merge(old, attack)
            return old
        elif key in self:   # one key, two attackers (an event's key leaves it out): two strikes
            self.beside(attack)
        else:               # the undated telling was dated by another: another strike
            self.put(key, attack)
        return attack

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

    def take(self, attack: Attack) -> None:
        """Forget this very telling (its key is about to change), not whatever else its key
        matches: a key can stand for two strikes (see the class)."""
        at = next((i for i, (_, a) in enumerate(self._kept) if a is attack), None)
        if at is not None:
            key, _ = self._kept.pop(at)
            if key is not None:
                del self._matched[key]

    def keep(self, attack: Attack) -> None:
        """Keep ``attack`` under its key, or beside the telling that key already matches."""
        key = event_key(attack)
        if key in self._matched:
            self.beside(attack)
        else:
            self.put(key, attack)

    def _place(self, key: tuple) -> int:
        return next(i for i, (k, _) in enumerate(self._kept) if k == key)
