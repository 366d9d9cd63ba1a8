"""Generate N synthetic news articles about cyberattacks (fr/en/nl/de; txt/html/md) for batch tests and benchmarks.

A fraction is deliberately broken — empty files, binary garbage, truncated .docx and .pdf — and the
function returns which ones, so a test can check that exactly those fail. The texts are invented from
templates; organisations are fictional and places come from a general list of towns.

    python tools/make_batch_corpus.py OUTDIR [--count 1000] [--broken 0.05] [--seed 1]
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

TOWNS = {
    "fr": ["Grenoble", "Nancy", "Poitiers", "Limoges", "Besançon", "Namur", "Mons", "Dijon", "Angers", "Brest"],
    "en": ["Leeds", "Bristol", "Dayton", "Tacoma", "Norwich", "Exeter", "Albany", "Reno", "Derby", "Hull"],
    "nl": ["Gent", "Leuven", "Utrecht", "Zwolle", "Breda", "Hasselt", "Delft", "Aalst", "Venlo", "Emmen"],
    "de": ["Kassel", "Bamberg", "Jena", "Ulm", "Trier", "Passau", "Lübeck", "Gießen", "Fulda", "Siegen"],
}
ORG = {
    "fr": ["Centre hospitalier de {t}", "Clinique Saint-{s} de {t}", "Groupe hospitalier {t} Sud"],
    "en": ["{t} General Hospital", "St {s} Medical Centre, {t}", "{t} Community Health Trust"],
    "nl": ["Ziekenhuis {t}", "Sint-{s}ziekenhuis {t}", "Regionaal Zorgcentrum {t}"],
    "de": ["Klinikum {t}", "St.-{s}-Krankenhaus {t}", "Kreiskliniken {t}"],
}
SAINTS = ["Anne", "Joseph", "Luc", "Marc", "Paul", "Elisabeth"]
MONTHS = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
}
TEMPLATES = {
    "fr": {
        "title": "Cyberattaque au {org} : les soins perturbés",
        "date": "Publié le {d} {m} {y}",
        "body": [
            "Le {org} a été visé par une attaque informatique dans la nuit du {d0} {m0}.",
            "Selon la direction, {srv} serveurs et {ws} ordinateurs ont été chiffrés par un rançongiciel.",
            "Environ {app} rendez-vous ont dû être reportés et les urgences restent ouvertes.",
            "{ransom_fr}",
            "Le plan d'urgence a été déclenché et des experts externes accompagnent les équipes.",
        ],
        "ransom": ["Aucune rançon n'a été demandée à ce stade.", "Les pirates réclament une rançon.",
                   "La direction refuse de payer la rançon exigée."],
    },
    "en": {
        "title": "Cyberattack disrupts care at {org}",
        "date": "{m} {d}, {y}",
        "body": [
            "{org} was hit by a cyberattack on {m0} {d0}, the hospital said.",
            "Ransomware encrypted {srv} servers and {ws} workstations, according to a spokesperson.",
            "Some {app} appointments were cancelled while the emergency department stayed open.",
            "{ransom_en}",
            "The hospital activated its emergency plan and called in outside experts.",
        ],
        "ransom": ["No ransom has been demanded so far.", "The attackers have demanded a ransom.",
                   "The board said it will not pay the ransom."],
    },
    "nl": {
        "title": "Cyberaanval legt {org} deels plat",
        "date": "{d} {m} {y}",
        "body": [
            "{org} is in de nacht van {d0} {m0} getroffen door een cyberaanval.",
            "Volgens de directie zijn {srv} servers en {ws} computers versleuteld door ransomware.",
            "Zo'n {app} afspraken werden uitgesteld, de spoeddienst blijft open.",
            "{ransom_nl}",
            "Het noodplan werd geactiveerd en externe experts helpen het ziekenhuis.",
        ],
        "ransom": ["Er is voorlopig geen losgeld geëist.", "De aanvallers eisen losgeld.",
                   "Het ziekenhuis weigert het losgeld te betalen."],
    },
    "de": {
        "title": "Hackerangriff auf {org}: Versorgung eingeschränkt",
        "date": "{d}. {m} {y}",
        "body": [
            "Das {org} ist in der Nacht zum {d0}. {m0} Ziel eines Cyberangriffs geworden.",
            "Nach Angaben der Klinik wurden {srv} Server und {ws} Arbeitsplatzrechner durch Ransomware verschlüsselt.",
            "Rund {app} Termine mussten abgesagt werden, die Notaufnahme bleibt geöffnet.",
            "{ransom_de}",
            "Der Krisenstab wurde einberufen und externe Fachleute unterstützen die IT.",
        ],
        "ransom": ["Eine Lösegeldforderung liegt bisher nicht vor.", "Die Täter fordern ein Lösegeld.",
                   "Die Klinik will das geforderte Lösegeld nicht zahlen."],
    },
}
LANGS = ("fr", "en", "nl", "de")
FORMATS = ("txt", "html", "md")
BROKEN_KINDS = ("empty", "binary", "truncated-docx", "truncated-pdf")


def article_text(rng: random.Random, lang: str) -> tuple[str, list[str]]:
    """A headline, a date line and a body in ``lang``: (title, paragraphs)."""
    t = TEMPLATES[lang]
    town = rng.choice(TOWNS[lang])
    org = rng.choice(ORG[lang]).format(t=town, s=rng.choice(SAINTS))
    start = date(2019, 1, 1) + timedelta(days=rng.randrange(0, 2000))
    pub = start + timedelta(days=rng.randrange(1, 4))
    months = MONTHS[lang]
    values = {"org": org, "d0": start.day, "m0": months[start.month - 1], "srv": rng.randrange(5, 400),
              "ws": rng.randrange(50, 3000), "app": rng.randrange(20, 2000)}
    values[f"ransom_{lang}"] = rng.choice(t["ransom"])
    title = t["title"].format(**values)
    date_line = t["date"].format(d=pub.day, m=months[pub.month - 1], y=pub.year)
    return title, [date_line] + [line.format(**values) for line in t["body"]]


def render(title: str, paragraphs: list[str], fmt: str, lang: str) -> bytes:
    """The article as a .txt, .html or .md file."""
    if fmt == "txt":
        return ("\n\n".join([title, *paragraphs]) + "\n").encode("utf-8")
    if fmt == "md":
        return (f"# {title}\n\n*{paragraphs[0]}*\n\n" + "\n\n".join(paragraphs[1:]) + "\n").encode("utf-8")
    import html

    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs[1:])
    return (f"<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title>"
            f"</head><body><nav><a href=\"/\">Home</a></nav><article><h1>{html.escape(title)}</h1>"
            f"<time>{html.escape(paragraphs[0])}</time>{body}</article><footer>© News</footer></body></html>"
            ).encode("utf-8")


def broken_file(rng: random.Random, kind: str) -> tuple[str, bytes]:
    """(suffix, bytes) of a file no loader can read."""
    if kind == "empty":
        return ".txt", b""
    if kind == "binary":
        # NULs and control bytes throughout: not text in any encoding a loader should accept
        return rng.choice([".txt", ".html"]), bytes(rng.randrange(0, 256) for _ in range(4096)) + b"\x00" * 512
    if kind == "truncated-docx":
        from docx import Document

        doc = Document()
        for _ in range(20):
            doc.add_paragraph("Lorem ipsum dolor sit amet " * 20)
        buffer = io.BytesIO()
        doc.save(buffer)
        data = buffer.getvalue()
        return ".docx", data[: len(data) // 3]
    pdf = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
           b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
           b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj\n"
           b"4 0 obj << /Length 44 >> stream\nBT /F1 12 Tf 72 712 Td (Hello) Tj ET\nendstream endobj\n")
    return ".pdf", pdf[: rng.randrange(20, len(pdf) // 2)]


def make_corpus(folder: str | Path, count: int = 1000, broken: float = 0.05, seed: int = 1) -> dict[str, list[str]]:
    """Write ``count`` articles under ``folder`` (per-language subfolders, some nested).

    Returns {"good": [...], "broken": [...], "ignored": [...]} as paths relative to ``folder``; "ignored" are
    a hidden file and a non-article file that batch must not pick up.
    """
    rng = random.Random(seed)
    root = Path(folder)
    root.mkdir(parents=True, exist_ok=True)
    n_broken = round(count * broken)
    broken_at = set(rng.sample(range(count), n_broken)) if n_broken else set()
    result: dict[str, list[str]] = {"good": [], "broken": [], "ignored": []}
    for i in range(count):
        lang = LANGS[i % len(LANGS)]
        sub = Path(lang) / (f"{2019 + i % 5}" if i % 3 == 0 else "")
        if i in broken_at:
            kind = BROKEN_KINDS[len(result["broken"]) % len(BROKEN_KINDS)]
            suffix, data = broken_file(rng, kind)
            rel = sub / f"broken-{i:05d}-{kind}{suffix}"
            result["broken"].append(rel.as_posix())
        else:
            fmt = FORMATS[(i // len(LANGS)) % len(FORMATS)]
            title, paragraphs = article_text(rng, lang)
            data = render(title, paragraphs, fmt, lang)
            rel = sub / f"article-{i:05d}.{fmt}"
            result["good"].append(rel.as_posix())
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)
    (root / ".hidden-draft.txt").write_text("not an article to process\n", encoding="utf-8")
    (root / "notes.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    result["ignored"] = [".hidden-draft.txt", "notes.csv"]
    return result


def main(argv: list[str] | None = None) -> int:
    """Command line: write the corpus and print what was written as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--broken", type=float, default=0.05, help="fraction of broken files (default 0.05)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    made = make_corpus(args.folder, args.count, args.broken, args.seed)
    json.dump({k: len(v) for k, v in made.items()}, sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
