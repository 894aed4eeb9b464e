#!/usr/bin/env python3
"""List an extractor's misses against a gold folder: gold facts with no strict match (missed)
and predictions with no strict match (spurious), with the surrounding text, plus QUOTE
speakers that disagree. A reading aid beside shared/tools/score.py, which gives the numbers.

Usage: scripts/fact_diff.py GOLD_DIR PRED.json [--kind COUNT]
"""
import argparse
import json
import pathlib


def context(body: bytes, start: int, end: int, width: int = 60) -> str:
    left = body[max(0, start - width):start].decode("utf-8", "replace")
    mid = body[start:end].decode("utf-8", "replace")
    right = body[end:end + width].decode("utf-8", "replace")
    return f"{left}[[{mid}]]{right}".replace("\n", " ")


def value(kind: str, normalized: str) -> str:
    """Compare values the way score.py does: QUOTE whitespace-collapsed, trailing ,.;: dropped."""
    if kind == "QUOTE":
        return " ".join(normalized.split()).rstrip(",.;: ")
    return normalized.strip()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold_dir")
    ap.add_argument("pred")
    ap.add_argument("--kind")
    args = ap.parse_args()
    pred = json.load(open(args.pred))["articles"]
    for path in sorted(pathlib.Path(args.gold_dir).glob("*.json")):
        doc = json.load(open(path))
        body = doc["body"].encode()
        gold = [f for f in doc["facts"] if not args.kind or f["kind"] == args.kind]
        got = [f for f in pred.get(doc["id"], {}).get("facts", [])
               if not args.kind or f["kind"].replace("FACT_KIND_", "") == args.kind]
        used = set()
        lines = []
        for g in gold:
            hit = None
            for i, p in enumerate(got):
                if i in used or p["kind"].replace("FACT_KIND_", "") != g["kind"]:
                    continue
                if p["start"] < g["end"] and g["start"] < p["end"] and \
                        value(g["kind"], p["normalized"]) == value(g["kind"], g["normalized"]):
                    hit = i
                    break
            if hit is None:
                lines.append(f"  MISSED {g['kind']} {g['normalized']!r}: {context(body, g['start'], g['end'])}")
            else:
                used.add(hit)
                p = got[hit]
                if g["kind"] == "QUOTE" and (g.get("speaker") or "").lower() != (p.get("speaker") or "").lower():
                    lines.append(f"  SPEAKER gold {g.get('speaker')!r} pred {p.get('speaker')!r}: {context(body, g['start'], g['end'], 30)[:160]}")
        for i, p in enumerate(got):
            if i not in used:
                lines.append(f"  SPURIOUS {p['kind']} {p['normalized']!r}: {context(body, p['start'], p['end'])}")
        if lines:
            print(doc["id"])
            print("\n".join(lines))


if __name__ == "__main__":
    main()
