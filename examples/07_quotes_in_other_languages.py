"""Quotes in other languages: who said what in French, German, Russian and Arabic reports.

The reporting verbs of eight languages besides English attribute a quote when they follow
it with the speaker ("« … », a déclaré X") or precede its colon ("X sagte: „…“"). The
articles below are short made-up reports, one per language.
"""

import conflictcorpus as cc

ARTICLES = {
    "fr": (
        "Les combats se poursuivent autour de la ville.\n\n"
        "« Nous ne céderons pas un mètre de terrain », a déclaré le ministre de la Défense, "
        "Oleksiï Reznikov.\n\n"
        "« La ville ne tombera pas », a-t-il ajouté."
    ),
    "de": (
        "Die Kämpfe um die Stadt dauern an.\n\n"
        "„Wir werden die Stadt nicht aufgeben“, sagte der ukrainische Präsident Wolodymyr "
        "Selenskyj am Montag."
    ),
    "ru": "Бои за город продолжаются.\n\n«Мы не отдадим город», — заявил министр обороны "
    "Алексей Резников.",
    "ar": "تتواصل المعارك حول المدينة.\n\nوقال المتحدث باسم الجيش: «لن نتخلى عن المدينة».",
}


def main() -> None:
    for lang, text in ARTICLES.items():
        doc = cc.load_text(text, source=f"report-{lang}")
        print(f"{doc.source} (detected language: {doc.language})")
        for q in doc.quotes:
            a = q.attribution
            assert a is not None, "every quote of these reports names its speaker"
            assert doc.text[q.start : q.end] == q.text
            print(f"  {a.speaker!r} ({a.role or 'no role'}), cue {a.cue!r}: {q.text!r}")


if __name__ == "__main__":
    main()
