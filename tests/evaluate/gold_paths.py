"""Where the gold annotations and their documents are (shared by the evaluate tests)."""
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "gold"


def dev_documents():
    return sorted(p for p in (GOLD / "dev").glob("dev_*.md"))


def gold_files():
    return [GOLD / "000_4a950e12de890295.gold.yaml", *sorted((GOLD / "dev").glob("*.gold.yaml"))]
