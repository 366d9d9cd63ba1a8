#!/usr/bin/env python3
"""Compile MITRE ATT&CK's groups and malware into resources/threat_actors/actors.json.

Usage (from the project root):
    python tools/build_threat_actors.py SNAPSHOT [-o resources/threat_actors/actors.json]

SNAPSHOT is a copy of github.com/mitre/cti or github.com/mitre-attack/attack-stix-data: a checkout folder or a
bare git directory (read with ``git show HEAD:path``). The enterprise domain is read either from its per-object
files (``enterprise-attack/intrusion-set/*.json``, ``enterprise-attack/malware/*.json``, mitre/cti) or from the
bundle ``enterprise-attack/enterprise-attack.json``. Revoked and deprecated objects are left out. Each entry
keeps the ATT&CK id, the name, the aliases, the kind (group or malware) and whether ATT&CK describes it as
ransomware. The snapshot itself is never committed; only this compact resource is.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "resources" / "threat_actors" / "actors.json"
KINDS = {"intrusion-set": "group", "malware": "malware"}
# ATT&CK's first sentence says what a piece of software is: "[Conti] is a Ransomware-as-a-Service (RaaS)…";
# ransomware named only after "used", "deployed", "by"… is what a loader or backdoor brought ("[SombRAT] is a
# modular backdoor … used … to download … FIVEHANDS ransomware"), not what the software is.
_RANSOM = re.compile(r"ransomware|\bRaaS\b|\bransom\b", re.IGNORECASE)
_ONLY_BRINGS = re.compile(r"\b(?:used|deploy\w*|deliver\w*|download\w*|linked|associated|by|like|along|before|"
                          r"with|operators?)\b", re.IGNORECASE)
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_CITATION = re.compile(r"\(Citation:[^)]*\)")


class Snapshot:
    """Files of a snapshot, from a bare git directory or a checkout."""

    def __init__(self, where: Path) -> None:
        self.where = where
        self.bare = (where / "HEAD").is_file() and (where / "objects").is_dir()

    def _git(self, *args: str) -> str:
        return subprocess.run(["git", "--git-dir", str(self.where), *args], check=True, capture_output=True,
                              text=True).stdout

    def names(self, folder: str) -> list[str]:
        """Paths of the files directly under ``folder``."""
        if self.bare:
            out = subprocess.run(["git", "--git-dir", str(self.where), "ls-tree", "--name-only", f"HEAD:{folder}"],
                                 capture_output=True, text=True)
            return [f"{folder}/{n}" for n in out.stdout.split()] if out.returncode == 0 else []
        base = self.where / folder
        return [f"{folder}/{p.name}" for p in sorted(base.iterdir())] if base.is_dir() else []

    def read(self, path: str) -> str | None:
        """A file's text, or None when the snapshot lacks it (large files may be left out)."""
        if self.bare:
            out = subprocess.run(["git", "--git-dir", str(self.where), "show", f"HEAD:{path}"],
                                 capture_output=True, text=True)
            return out.stdout if out.returncode == 0 and out.stdout.strip() else None
        p = self.where / path
        return p.read_text(encoding="utf-8") if p.is_file() else None

    def version(self) -> dict[str, str | None]:
        """The ATT&CK release and the snapshot's commit, as far as the snapshot tells."""
        commit = subject = date = None
        if self.bare:
            commit, date, subject = self._git("log", "-1", "--format=%H%n%cs%n%s").splitlines()[:3]
        m = re.search(r"v(\d+(?:\.\d+)*)", subject or "")
        changelog = self.read("CHANGELOG.md") or ""
        release = m.group(1) if m else (re.search(r"v(\d+\.\d+)", changelog).group(1)
                                        if re.search(r"v(\d+\.\d+)", changelog) else None)
        return {"attack_version": release, "commit": commit, "date": date}


def objects(snap: Snapshot) -> Iterator[dict]:
    """Every intrusion-set and malware object of the enterprise domain."""
    found = False
    for kind in KINDS:
        for path in snap.names(f"enterprise-attack/{kind}"):
            text = snap.read(path)
            if text:
                found = True
                yield from (o for o in json.loads(text).get("objects", []) if o.get("type") == kind)
    if not found:
        text = snap.read("enterprise-attack/enterprise-attack.json")
        if not text:
            raise SystemExit(f"{snap.where}: no enterprise-attack objects in this snapshot")
        yield from (o for o in json.loads(text)["objects"] if o.get("type") in KINDS)


def first_sentence(description: str) -> str:
    """The description's first sentence, links and citations removed."""
    text = _CITATION.sub("", _LINK.sub(r"\1", description or ""))
    return re.split(r"\.\s+(?=[A-Z])", text.strip(), maxsplit=1)[0]


def is_ransomware(kind: str, description: str) -> bool:
    """ATT&CK's first sentence presents the group or software through ransomware (see ``_ONLY_BRINGS``)."""
    sentence = first_sentence(description)
    m = _RANSOM.search(sentence)
    if m is None:
        return False
    brings = _ONLY_BRINGS.search(sentence)
    return kind == "group" or brings is None or m.start() < brings.start()


def entry(obj: dict) -> dict | None:
    """The compact record of one ATT&CK object, or None when it is revoked or deprecated."""
    if obj.get("revoked") or obj.get("x_mitre_deprecated"):
        return None
    ids = [r["external_id"] for r in obj.get("external_references", []) if r.get("source_name") == "mitre-attack"]
    name = obj["name"].strip()
    aliases = obj.get("aliases") or obj.get("x_mitre_aliases") or []
    aliases = sorted({a.strip() for a in aliases if a.strip() and a.strip() != name})
    return {"id": ids[0] if ids else None, "name": name, "aliases": aliases, "kind": KINDS[obj["type"]],
            "ransomware": is_ransomware(KINDS[obj["type"]], obj.get("description", ""))}


def build(snapshot: Path) -> dict:
    """The resource's whole content."""
    snap = Snapshot(snapshot)
    entries = [e for e in (entry(o) for o in objects(snap)) if e is not None]
    entries.sort(key=lambda e: (e["kind"], e["name"].casefold()))
    licence = (snap.read("LICENSE.txt") or "").strip()
    copyright_line = next((line.strip().strip('"') for line in licence.splitlines() if "©" in line), None)
    return {
        "source": "MITRE ATT&CK, enterprise domain (intrusion-set and malware objects)",
        "url": "https://github.com/mitre/cti",
        **snap.version(),
        "licence": "ATT&CK Terms of Use (LICENSE.txt of the snapshot): royalty-free use with MITRE's copyright "
                   "designation and licence reproduced; see resources/threat_actors/README.md",
        "copyright": copyright_line,
        "entries": entries,
    }


def main(argv: list[str] | None = None) -> int:
    """Build the resource (see the module docstring)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("snapshot", type=Path)
    ap.add_argument("-o", "--output", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    data = build(args.snapshot)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    # One entry a line: small diffs when ATT&CK changes, still compact.
    lines = [json.dumps({k: v for k, v in data.items() if k != "entries"}, ensure_ascii=False)[:-1] + ', "entries": [']
    lines += [json.dumps(e, ensure_ascii=False) + "," for e in data["entries"]]
    lines[-1] = lines[-1].rstrip(",")
    lines.append("]}")
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    groups = sum(e["kind"] == "group" for e in data["entries"])
    ransom = sum(e["ransomware"] for e in data["entries"])
    print(f"{args.output}: {len(data['entries'])} entries ({groups} groups, {ransom} ransomware), "
          f"ATT&CK {data['attack_version']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
