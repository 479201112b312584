#!/usr/bin/env python3
"""Writes catalogue.json, stock.json and orders.json of the demo, the same every time.

Run once after changing the lists below; the JSON files are what the demo reads and what
reviewers read, so they are committed. Every name, address, e-mail and phone number is invented.
"""
import json
import unicodedata
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
RNG = random.Random(20261204)

SUPPLIERS = ["Torrefazione Monte Cervino", "Oleificio Valle dei Sassi"]

# sku, name, gross price in cents, VAT basis points, grams, (l, w, h) mm, ships from
PRODUCTS = [
    # caffè
    ("CAF-MOKA-1", "Moka 1 tazza", 1990, 2200, 350, (90, 80, 150), None),
    ("CAF-MOKA-3", "Moka 3 tazze", 2990, 2200, 600, (150, 100, 200), None),
    ("CAF-MOKA-6", "Moka 6 tazze", 3890, 2200, 850, (170, 120, 240), None),
    ("CAF-MOKA-INDU", "Moka a induzione 4 tazze", 4590, 2200, 900, (160, 120, 230), None),
    ("CAF-GUARN-3", "Guarnizioni e filtro per moka da 3", 590, 2200, 30, (80, 80, 10), None),
    ("CAF-TAZZ-6", "Tazzine da caffè, set da 6", 2490, 2200, 700, (250, 170, 70), None),
    ("CAF-MACIN", "Macinacaffè manuale in legno d'ulivo", 5490, 2200, 950, (120, 120, 220), None),
    ("CAF-ARAB-250", "Caffè 100% arabica, macinato, 250 g", 690, 1000, 270, (120, 60, 160), 0),
    ("CAF-ARAB-1KG", "Caffè arabica in grani, 1 kg", 2390, 1000, 1050, (200, 100, 250), 0),
    ("CAF-ROBU-1KG", "Miscela bar robusta, grani, 1 kg", 1890, 1000, 1050, (200, 100, 250), 0),
    ("CAF-DECA-250", "Caffè decaffeinato, macinato, 250 g", 790, 1000, 270, (120, 60, 160), 0),
    ("CAF-ORZO-500", "Orzo solubile biologico, 500 g", 590, 1000, 520, (110, 110, 150), 0),
    # cucina
    ("CUC-PENTOLA-24", "Pentola in acciaio inox, 24 cm", 4990, 2200, 2100, (300, 300, 180), None),
    ("CUC-PADELLA-28", "Padella antiaderente, 28 cm", 3290, 2200, 1300, (500, 290, 80), None),
    ("CUC-MATTARELLO", "Mattarello in faggio, 50 cm", 1290, 2200, 400, (500, 50, 50), None),
    ("CUC-TAGLIERE", "Tagliere in legno d'ulivo", 3990, 2200, 1600, (400, 250, 30), None),
    ("CUC-CHITARRA", "Chitarra per maccheroni abruzzesi", 4490, 2200, 1800, (520, 220, 90), None),
    ("CUC-TORCHIO", "Torchio per bigoli in ottone", 8900, 2200, 3200, (400, 200, 200), None),
    ("CUC-GRATTUGIA", "Grattugia per parmigiano", 1490, 2200, 250, (250, 90, 40), None),
    ("CUC-SCOLAPASTA", "Scolapasta in alluminio", 1990, 2200, 450, (300, 300, 150), None),
    ("CUC-COLTELLI-6", "Coltelli da bistecca, set da 6", 5990, 2200, 900, (300, 150, 40), None),
    ("CUC-MEZZALUNA", "Mezzaluna a due lame", 2290, 2200, 380, (250, 120, 40), None),
    ("CUC-CAFFETT-LATTE", "Lattiera in acciaio, 0,5 l", 1590, 2200, 300, (120, 90, 130), None),
    # ceramica
    ("CER-PIATTI-12", "Piatti in ceramica di Deruta, set da 12", 14900, 2200, 7800, (400, 400, 250), None),
    ("CER-CIOTOLA-L", "Ciotola grande dipinta a mano", 3990, 2200, 1200, (300, 300, 140), None),
    ("CER-BROCCA", "Brocca in terracotta smaltata", 2990, 2200, 1400, (200, 200, 280), None),
    ("CER-VASO-VIETRI", "Vaso di Vietri con limoni", 6990, 2200, 2200, (220, 220, 350), None),
    ("CER-OLIERA", "Oliera in ceramica di Caltagirone", 2490, 2200, 500, (120, 120, 200), None),
    ("CER-TAZZE-CAPP-2", "Tazze da cappuccino, coppia", 2190, 2200, 800, (250, 130, 100), None),
    ("CER-PIASTRELLA", "Piastrella decorata di Sant'Agata", 1590, 2200, 700, (200, 200, 15), None),
    ("CER-PORTAUOVA", "Portauovo in maiolica, set da 4", 1990, 2200, 450, (220, 120, 70), None),
    # tessili
    ("TES-TOVAGLIA", "Tovaglia in lino, 8 posti", 7900, 2200, 1100, (350, 250, 60), None),
    ("TES-TOVAGLIOLI-6", "Tovaglioli in lino, set da 6", 3490, 2200, 400, (250, 200, 40), None),
    ("TES-GREMBIULE", "Grembiule da cucina a righe", 2490, 2200, 300, (300, 200, 20), None),
    ("TES-STROFINACCI-3", "Strofinacci in cotone, set da 3", 1490, 2200, 250, (250, 200, 30), None),
    ("TES-RUNNER", "Runner da tavola in canapa", 2990, 2200, 350, (400, 150, 30), None),
    ("TES-PRESINE", "Presine imbottite, coppia", 990, 2200, 150, (200, 200, 30), None),
    # dispensa (dropship from the oil mill)
    ("DIS-OLIO-EVO-1L", "Olio extravergine d'oliva, 1 l", 1690, 400, 1400, (90, 90, 300), 1),
    ("DIS-OLIO-EVO-5L", "Olio extravergine d'oliva, latta da 5 l", 6990, 400, 5300, (170, 120, 320), 1),
    ("DIS-OLIO-LIMONE", "Olio aromatizzato al limone, 250 ml", 890, 400, 450, (60, 60, 250), 1),
    ("DIS-ACETO-BALS", "Aceto balsamico di Modena IGP, 250 ml", 1290, 1000, 520, (70, 70, 220), 1),
    ("DIS-OLIVE-TAGG", "Olive taggiasche in salamoia, 290 g", 790, 1000, 480, (80, 80, 110), 1),
    ("DIS-PATE-OLIVE", "Paté di olive nere, 180 g", 590, 1000, 300, (70, 70, 90), 1),
    ("DIS-PESTO-GEN", "Pesto alla genovese, 190 g", 690, 1000, 320, (70, 70, 100), 1),
    ("DIS-CAPPERI", "Capperi di Pantelleria sotto sale, 100 g", 650, 1000, 180, (60, 60, 90), 1),
    # dispensa (warehouse)
    ("DIS-PASTA-TROF", "Trofie di grano duro, 500 g", 350, 400, 520, (180, 100, 60), None),
    ("DIS-PASTA-PACC", "Paccheri di Gragnano IGP, 500 g", 420, 400, 520, (200, 100, 70), None),
    ("DIS-PASTA-ORECC", "Orecchiette pugliesi, 500 g", 380, 400, 520, (180, 100, 60), None),
    ("DIS-RISO-CARN", "Riso Carnaroli, 1 kg", 590, 400, 1020, (200, 100, 60), None),
    ("DIS-FARINA-00", "Farina di grano tenero tipo 00, 1 kg", 220, 400, 1020, (180, 110, 60), None),
    ("DIS-POMODORI", "Pomodori pelati San Marzano DOP, 400 g", 310, 400, 480, (75, 75, 110), None),
    ("DIS-SUGO-NDUJA", "Sugo con 'nduja di Spilinga, 280 g", 590, 1000, 400, (70, 70, 100), None),
    ("DIS-CANTUCCI", "Cantucci alle mandorle, 250 g", 590, 1000, 280, (160, 60, 120), None),
    ("DIS-TORRONE", "Torrone morbido di Benevento, 200 g", 890, 1000, 230, (200, 60, 30), None),
    ("DIS-BACI-DAMA", "Baci di dama, 200 g", 690, 1000, 230, (150, 100, 60), None),
    ("DIS-AMARETTI", "Amaretti di Saronno, scatola da 400 g", 1190, 1000, 480, (200, 200, 80), None),
    ("DIS-LIMONCELLO", "Limoncello della costiera, 50 cl", 1890, 2200, 1050, (80, 80, 300), None),
    # casa
    ("CAS-CANDELA-FICO", "Candela profumata al fico", 1990, 2200, 450, (100, 100, 110), None),
    ("CAS-SAPONE-OLIVA", "Sapone all'olio d'oliva, 3 pezzi", 990, 2200, 330, (150, 60, 50), None),
    ("CAS-DIFFUSORE", "Diffusore per ambienti, agrumi di Sicilia", 2490, 2200, 600, (90, 90, 250), None),
    ("CAS-LANTERNA", "Lanterna in ferro battuto", 4490, 2200, 1900, (200, 200, 400), None),
    ("CAS-CESTO-VIMINI", "Cesto in vimini intrecciato a mano", 3290, 2200, 800, (400, 300, 250), None),
    ("CAS-ESPOSITORE-PIATTI", "Portapiatti da parete in legno di castagno", 5990, 2200, 2400, (600, 120, 300), None),
    ("CAS-CALENDARIO", "Calendario illustrato delle sagre d'Italia", 1290, 400, 350, (300, 300, 5), None),
]

# The skus that run short: a few units each, ordered far more often than the stock allows.
SCARCE = {"CAF-MACIN": 4, "CER-VASO-VIETRI": 3, "CUC-TORCHIO": 5, "DIS-OLIO-EVO-5L": 6}
LOW = {"CER-PIATTI-12": 12, "TES-TOVAGLIA": 15}
DEFAULT_STOCK = 400


def product(row):
    sku, name, price, vat, grams, (l, w, h), supplier = row
    item = {"sku": sku, "name": name, "unitPriceMinor": price, "currency": "EUR",
            "vatRateBasisPoints": vat, "weightGrams": grams, "lengthMm": l, "widthMm": w,
            "heightMm": h, "active": True,
            "shipsFrom": "WAREHOUSE" if supplier is None else "DROPSHIP"}
    if supplier is not None:
        item["supplier"] = SUPPLIERS[supplier]
    return item


IT_FIRST = ["Giulia", "Marco", "Francesca", "Alessandro", "Chiara", "Lorenzo", "Sofia", "Matteo",
            "Martina", "Niccolò", "Aurora", "Gabriele", "Beatrice", "Tommaso", "Ludovica",
            "Pietro", "Noemi", "Raffaele", "Ilaria", "Saverio", "Zoë", "Nicolò", "Rosalìa"]
IT_LAST = ["D'Angelo", "Dell'Orto", "Esposito", "Lo Russo", "De Santis", "Sant'Elia", "Bruno",
           "Colombo", "Fabbri", "D'Alessandro", "Mazzà", "Rizzo", "Lombardi", "Dall'Ara",
           "Gallo", "Caruso", "Ferraris", "Piccolo", "Valentini", "Coppola", "Marchetti"]
IT_PLACES = [
    ("Napoli", "NA", "80100"), ("Sant'Angelo dei Lombardi", "AV", "83054"),
    ("Sant'Angelo in Vado", "PU", "61048"), ("Milano", "MI", "20121"), ("Roma", "RM", "00184"),
    ("Reggio nell'Emilia", "RE", "42121"), ("L'Aquila", "AQ", "67100"), ("Forlì", "FC", "47121"),
    ("Cefalù", "PA", "90015"), ("Torino", "TO", "10123"), ("Bolzano", "BZ", "39100"),
    ("Sant'Agata de' Goti", "BN", "82019"), ("Canicattì", "AG", "92024"),
    ("Castelnuovo di Garfagnana", "LU", "55032"), ("Bari", "BA", "70121"),
    ("Città di Castello", "PG", "06012"), ("Mondovì", "CN", "12084")]
IT_STREETS = ["Via Sant'Angelo", "Via Roma", "Corso Vittorio Emanuele II", "Piazza dell'Unità",
              "Via dei Mille", "Viale Gabriele D'Annunzio", "Vicolo dell'Oro", "Via XX Settembre",
              "Via Nazionale per Sant'Antonio Abate e Santa Maria la Carità",
              "Lungomare Caracciolo", "Salita dei Cappuccini", "Via San Francesco d'Assisi",
              "Strada Provinciale della Val d'Arda"]
DE_FIRST = ["Jürgen", "Käthe", "Lukas", "Anneliese", "Maximilian", "Sören", "Jörg", "Lena",
            "Björn", "Hannelore", "Günther", "Mia"]
DE_LAST = ["Müller", "Schäfer", "Weiß", "Groß", "Böhm", "Köhler", "Hoffmann", "Straßburger",
           "von der Heide", "Oßwald", "Fröhlich", "Kühn"]
DE_PLACES = [("München", "BY", "80331"), ("Köln", "NW", "50667"), ("Düsseldorf", "NW", "40213"),
             ("Görlitz", "SN", "02826"), ("Berlin", "BE", "10115"), ("Lüneburg", "NI", "21335"),
             ("Garmisch-Partenkirchen", "BY", "82467")]
DE_STREETS = ["Hauptstraße", "Schloßallee", "Am Mühlbach", "Königsberger Straße",
              "Bürgermeister-Smidt-Straße", "Große Bäckerstraße", "Sankt-Georgen-Weg",
              "Kaiser-Wilhelm-Straße-an-der-Alten-Stadtmauer"]
FR_FIRST = ["Amélie", "François", "Hélène", "Jérôme", "Léa", "Noël", "Gaëlle", "Benoît",
            "Océane", "Loïc", "Cécile", "Théo"]
FR_LAST = ["Dupré", "Lefèvre", "D'Arcy", "Bérenger", "Garçon", "Delacroix", "Lemaître",
           "Saint-Exupéry", "Fontaine", "Mercier", "L'Hôte", "Rousseau"]
FR_PLACES = [("Paris", "", "75011"), ("Lyon", "", "69002"), ("Aix-en-Provence", "", "13100"),
             ("Saint-Étienne", "", "42000"), ("Besançon", "", "25000"), ("Nîmes", "", "30000"),
             ("L'Isle-sur-la-Sorgue", "", "84800")]
FR_STREETS = ["Rue de l'Église", "Boulevard Saint-Germain", "Allée des Châtaigniers",
              "Rue du Faubourg Saint-Honoré", "Place de l'Hôtel-de-Ville",
              "Chemin de la Côte-Saint-André", "Avenue du Général-Leclerc"]
# Shoppers writing their names in their own scripts, at addresses in the shop's countries.
OTHER = [("山田 花子", "ja", "it"), ("佐藤 健", "ja", "de"), ("Δημήτρης Παπαδόπουλος", "el", "it"),
         ("Ελένη Κωνσταντίνου", "el", "de"), ("Ольга Смирнова", "ru", "it"),
         ("Алексей Иванов", "ru", "fr"), ("王 芳", "zh", "it"), ("김 민준", "ko", "de"),
         ("أحمد منصور", "ar", "fr"), ("נועה כהן", "he", "it")]

APPROVING = ["pm_card_visa"] * 10 + ["pm_card_mastercard"] * 4 + ["pm_card_amex", "pm_card_visa_debit",
             "pm_card_mastercard_debit", "pm_card_discover"]
DECLINING = ["pm_card_chargeDeclined", "pm_card_chargeDeclinedInsufficientFunds",
             "pm_card_visa_chargeDeclinedLostCard", "pm_card_chargeDeclinedExpiredCard",
             "pm_card_chargeDeclinedIncorrectCvc", "pm_card_visa_chargeDeclinedFraudulent"]


def ascii_local(name):
    plain = unicodedata.normalize("NFKD", name.lower().replace("ß", "ss"))
    local = "".join(c for c in plain if c.isascii() and (c.isalnum() or c in " -"))
    return ".".join(part for part in local.replace("-", " ").split() if part)


def italian(i):
    first, last = RNG.choice(IT_FIRST), RNG.choice(IT_LAST)
    city, province, cap = RNG.choice(IT_PLACES)
    street = f"{RNG.choice(IT_STREETS)} {RNG.randint(1, 180)}"
    lines = [street] if RNG.random() < 0.8 else [street, f"Scala {RNG.choice('ABC')}, interno {RNG.randint(1, 30)}"]
    return f"{first} {last}", "it", "+393" + str(RNG.randint(10**8, 10**9 - 1)), lines, cap, city, province, "IT"


def german(i):
    first, last = RNG.choice(DE_FIRST), RNG.choice(DE_LAST)
    city, land, plz = RNG.choice(DE_PLACES)
    return (f"{first} {last}", "de", "+4915" + str(RNG.randint(10**8, 10**9 - 1)),
            [f"{RNG.choice(DE_STREETS)} {RNG.randint(1, 120)}"], plz, city, land, "DE")


def french(i):
    first, last = RNG.choice(FR_FIRST), RNG.choice(FR_LAST)
    city, _, cp = RNG.choice(FR_PLACES)
    return (f"{first} {last}", "fr", "+336" + str(RNG.randint(10**7, 10**8 - 1)),
            [f"{RNG.randint(1, 90)} {RNG.choice(FR_STREETS)}"], cp, city, None, "FR")


def other_script(i):
    name, language, lives = OTHER[i % len(OTHER)]
    base = {"it": italian, "de": german, "fr": french}[lives](i)
    return (name, language) + base[2:]


def customer(i):
    roll = RNG.random()
    kind = italian if roll < 0.55 else german if roll < 0.75 else french if roll < 0.93 else other_script
    name, language, phone, lines, postal, city, province, country = kind(i)
    local = ascii_local(name) or f"cliente{i}"
    email = f"{local}.{i:03d}@example.{RNG.choice(['com', 'org', 'net'])}"
    channel = "SMS" if RNG.random() < 0.15 else "EMAIL"
    address = {"name": name, "lines": lines, "postalCode": postal, "city": city, "country": country}
    if province:
        address["province"] = province
    return ({"name": name, "email": email, "phone": phone, "language": language,
             "channel": channel}, address)


def lines_for(i, scarce_queue):
    skus = [p[0] for p in PRODUCTS if p[0] not in SCARCE]
    picked = RNG.sample(skus, RNG.choice([1, 1, 1, 2, 2, 3]))
    lines = [{"sku": sku, "quantity": RNG.choice([1, 1, 1, 2, 3])} for sku in picked]
    if scarce_queue and i % 4 == 1:
        lines.insert(0, {"sku": scarce_queue.pop(), "quantity": 1})
    return lines


def orders(count):
    # Each scarce sku is wanted by about twice as many orders as it has units.
    scarce_queue = [sku for sku, units in SCARCE.items() for _ in range(units * 2 + 2)]
    RNG.shuffle(scarce_queue)
    cancelled = set(RNG.sample(range(20, count - 20), 8))
    result = []
    for i in range(count):
        who, where = customer(i)
        token = RNG.choice(DECLINING) if RNG.random() < 0.08 else RNG.choice(APPROVING)
        request = {"customer": who, "shippingAddress": where, "lines": lines_for(i, scarce_queue),
                   "paymentMethod": {"type": "sandbox", "token": token}}
        result.append({"ref": f"demo-{i + 1:03d}", "cancel": i in cancelled, "request": request})
    return result


def write(name, value):
    # One entry per line: a reviewer reads and diffs a product or an order as one line.
    entries = value.items() if isinstance(value, dict) else value
    if isinstance(value, dict):
        rows = [f" {json.dumps(k)}: {json.dumps(v)}" for k, v in entries]
        text = "{\n" + ",\n".join(rows) + "\n}\n"
    else:
        rows = [" " + json.dumps(v, ensure_ascii=False) for v in entries]
        text = "[\n" + ",\n".join(rows) + "\n]\n"
    (HERE / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    write("catalogue.json", [product(row) for row in PRODUCTS])
    stock = {row[0]: SCARCE.get(row[0], LOW.get(row[0], DEFAULT_STOCK)) for row in PRODUCTS}
    write("stock.json", stock)
    write("orders.json", orders(320))
