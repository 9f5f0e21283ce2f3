"""Write first_names.txt and surnames.txt from Faker's name lists (Faker is on PyPI, MIT).

Run once, outside the project venv:  /tmp/evalvenv/bin/python anonymiser/data/make_gazetteer.py
Only Latin-script locales; names of 2+ letters; one name a line, sorted.
"""

import importlib
from pathlib import Path

LOCALES = [
    "en_GB",
    "en_US",
    "en_IE",
    "en_AU",
    "en_NZ",
    "en_CA",
    "en_IN",
    "en_PK",
    "en_NG",
    "en_PH",
    "de_DE",
    "de_AT",
    "de_CH",
    "fr_FR",
    "fr_CH",
    "it_IT",
    "es_ES",
    "es_MX",
    "pt_PT",
    "pt_BR",
    "nl_NL",
    "nl_BE",
    "sv_SE",
    "da_DK",
    "no_NO",
    "fi_FI",
    "pl_PL",
    "cs_CZ",
    "sk_SK",
    "hu_HU",
    "ro_RO",
    "hr_HR",
    "sl_SI",
    "lt_LT",
    "lv_LV",
    "et_EE",
    "tr_TR",
    "sq_AL",
    "id_ID",
    "vi_VN",
    "tl_PH",
    "yo_NG",
    "zu_ZA",
    "tw_GH",
]


def _names(locale: str, attrs: tuple[str, ...]) -> set[str]:
    try:
        module = importlib.import_module(f"faker.providers.person.{locale}")
    except ModuleNotFoundError:
        return set()
    provider = module.Provider
    out: set[str] = set()
    for attr in attrs:
        values = getattr(provider, attr, ()) or ()
        out |= {str(v) for v in values}
    return {
        n
        for n in out
        if len(n) > 1
        and n.replace("-", "").replace("'", "").isalpha()
        and all(ord(c) < 0x250 for c in n)
    }


def main() -> None:
    here = Path(__file__).parent
    first, last = set(), set()
    for locale in LOCALES:
        first |= _names(
            locale,
            ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"),
        )
        last |= _names(locale, ("last_names", "last_names_male", "last_names_female"))
    (here / "first_names.txt").write_text("\n".join(sorted(first)) + "\n", encoding="utf-8")
    (here / "surnames.txt").write_text("\n".join(sorted(last)) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
