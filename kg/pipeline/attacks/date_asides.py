"""A date told as an aside between commas right after the subject: "قصفت القوات،
اليوم الأحد، مدينة X", "اقتحمت قوات الاحتلال، فجر السبت، مخيم Y". The object follows the
closing comma; the comma that closes the date does not end the target phrase."""
from __future__ import annotations

from kg.pipeline.attacks.items import Item

#: Words of a part of the day that open a date aside before the date itself ("فجر السبت").
_DAY_PARTS = frozenset({"يوم", "اليوم", "مساء", "صباح", "فجر", "ليل", "ليله", "ظهر", "عصر", "امس"})


def closes_date_aside(items: list[Item], start: int, j: int, in_date: frozenset[int]) -> bool:
    """The comma before item j closes a date aside that opened with a comma at ``start``:
    every item between is a date or a part of the day."""
    if j <= start or not items[start].comma:
        return False
    return all(k in in_date or (items[k].word or "") in _DAY_PARTS for k in range(start, j)) \
        and any(k in in_date for k in range(start, j))
