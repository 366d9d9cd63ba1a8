"""Merging a tenth article into an incident of nine versus extracting that article alone (issue 13: ≤ 1.5×).

The ten articles are generated here from the first article of
tests/data/incidents/ravelines (same victim, a day later each, a different server count and status), so the
incident carries history and conflicts as a real one does. Prints the best of N of each step and the ratios.
"""

from __future__ import annotations

import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from editor.extraction import extract  # noqa: E402
from editor.merge import merge  # noqa: E402
from editor.merge import merge_reports  # noqa: E402
from editor.sources.article import Article  # noqa: E402

STATUS = ["Aucune rançon n'a été demandée à ce stade.", "Les pirates réclament une rançon de 2 millions d'euros.",
          "L'hôpital a annoncé qu'il ne paierait pas la rançon."]
SERVICES = ["La radiologie fonctionne en mode dégradé.", "Le laboratoire est à l'arrêt.",
            "Les urgences sont maintenues.", "La radiologie fonctionne de nouveau normalement."]


# Paragraphs an article of ordinary length adds around the facts (about 3,000 characters in all, as the
# seed article of the extraction benchmark), so that extraction is timed on what users load.
CONTEXT = (
    "Les patients ont été informés par le site internet de l'hôpital et par les réseaux sociaux. La direction "
    "demande aux personnes qui avaient un rendez-vous de se présenter comme prévu, sauf avis contraire.\n\n"
    "Les équipes informatiques travaillent jour et nuit avec des spécialistes pour analyser les serveurs et "
    "remettre les applications en service une par une, en commençant par les plus critiques pour les soins.\n\n"
    "Le personnel soignant a ressorti les formulaires papier. Les infirmières notent les traitements à la main "
    "et les médecins dictent leurs comptes rendus, qui seront encodés plus tard dans le dossier du patient.\n\n"
    "Le ministre de la Santé s'est rendu sur place et a salué le travail des équipes. Il a rappelé que les "
    "hôpitaux sont des cibles fréquentes et que la sécurité informatique fait partie de leurs priorités.\n\n"
    "Un numéro d'information a été ouvert pour les patients et leurs familles. Il est accessible tous les jours "
    "de huit heures à vingt heures. La direction publiera un nouveau point de situation dans les prochains jours.\n\n"
    "Les autres hôpitaux de la région ont renforcé leur surveillance et vérifié leurs sauvegardes. Plusieurs "
    "d'entre eux ont proposé leur aide pour accueillir des patients si la situation devait se prolonger.\n"
)


def article(n: int) -> Article:
    """The n-th article about the incident (n from 0), published n days after the first."""
    day = date(2026, 2, 3) + timedelta(days=n)
    text = (f"Cyberattaque au Centre hospitalier régional de Ravelines : point de situation numéro {n + 1}\n\n"
            f"Publié le {day.day} février 2026\n\n"
            f"L'hôpital belge Centre hospitalier régional de Ravelines a été victime d'une cyberattaque dans la nuit "
            f"de dimanche à lundi. Selon la direction, {120 + 10 * (n % 3)} serveurs ont été touchés.\n\n"
            f"{STATUS[min(n // 3, 2)]} {SERVICES[n % 4]}\n\n"
            f"Une cellule de crise a été mise en place et le réseau a été coupé d'internet.\n\n"
            + CONTEXT)
    return Article(text=text, title=text.split("\n", 1)[0], published=day, language="fr")


def best(fn, runs: int) -> float:
    """The fastest of ``runs`` calls, in seconds (the least disturbed by other work on the machine)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main(runs: int = 15) -> None:
    """Print the figures."""
    articles = [article(n) for n in range(10)]
    nine = merge_reports([extract(a) for a in articles[:9]]).report
    tenth = articles[9]
    extract(tenth)  # warm the lexicons and patterns
    merge(nine, extract(tenth))
    # a fresh Article each time: what the window and the CLI do (no state carried from a previous call)
    t_extract = best(lambda: extract(article(9)), runs)
    new = extract(tenth)
    t_merge = best(lambda: merge(nine, new), runs)
    t_both = best(lambda: merge(nine, extract(article(9))), runs)
    result = merge(nine, new).report
    print(f"incident of nine: {len(nine.sources)} sources, {len(nine.history)} histories, "
          f"{len(nine.conflicts)} conflicts; after the tenth: {len(result.sources)} sources")
    print(f"extract the tenth article alone:      {t_extract * 1000:7.1f} ms")
    print(f"merge it into the nine (merge only):  {t_merge * 1000:7.1f} ms  ({t_merge / t_extract:.2f}x extraction)")
    print(f"extract + merge (adding the article): {t_both * 1000:7.1f} ms  ({t_both / t_extract:.2f}x extraction; "
          f"goal <= 1.5x)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 15)
