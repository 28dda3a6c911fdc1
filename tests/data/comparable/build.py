#!/usr/bin/env python3
"""Source of the comparable-news gold set: writes each story's articles and gold.json.

Every article is written here sentence by sentence, each sentence with the facts it reports
and the framing cues an annotator expects in it. Running this script writes
STORY/OUTLET.txt (sample header format) and STORY/gold.json:

    {"facts": [{"id", "label", "members": {FILE: [sentence indices]}}],
     "cues":  [{"file", "sentence", "category", "value", "surface"}]}

Sentence indices count the headline as 0, as `parallax compare` segments the article.
`--check BINARY` runs `BINARY compare STORY/*.txt --format json` and fails unless parallax
segments every article into exactly the sentences written here (so the gold never encodes a
segmentation bug). The stories are fictional; see README.md.

Usage: tests/data/comparable/build.py [--check target/release/parallax]
"""

import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# Cue shorthands: (category, value, surface).
def att(s):
    return ("attribution", "neutral", s)


def doubt(s):
    return ("attribution", "doubt", s)


def mv(value, s):
    return ("movement", value, s)


def label(s):
    return ("armed-label", "delegitimising", s)


# ---------------------------------------------------------------------------------------------
# Story (a): the rebuilt Bagratashen–Sadakhlo crossing between Armenia and Georgia reopens.
# ---------------------------------------------------------------------------------------------
FACTS_A = {
    "a1": "The Bagratashen–Sadakhlo crossing between Armenia and Georgia reopened on Thursday 14 May",
    "a2": "Ceremony: Armenian deputy minister Tigran Melikyan and Georgian economy minister Nino Beridze opened it",
    "a3": "Reconstruction took 18 months (ru: almost two years)",
    "a4": "Works cost 48 million euros (ru: 52 million; tr: about 50 million)",
    "a5": "Most of the money came from the EU (30 million euros grant), rest an EIB loan",
    "a6": "Capacity up to 1,500 trucks a day, from about 600 (tr: 1,200)",
    "a7": "Checks on a truck now take 40 minutes instead of three hours",
    "a8": "The terminal has 24 lanes, 8 of them for trucks",
    "a9": "A new bridge over the Debed river replaces a 1962 one",
    "a10": "During the works traffic went via Gogavan–Guguti, queues up to 10 km (en2: 15 km)",
    "a11": "Georgia is Armenia's main land route; borders with Turkey and Azerbaijan are closed",
    "a12": "Most trucks continue to Russia through the Upper Lars crossing",
    "a13": "Critics alleged the contract was overpriced; the ministry denied it",
    "a14": "The Gogavan crossing is to be modernised next, from 2027",
    "a15": "The first vehicle through was a lorry of Jermuk mineral water bound for Tbilisi",
}

ARTICLES_A = {
    "en-northgate-courier.txt": {
        "header": " date 2026-05-14 (Northgate Courier)",
        "paragraphs": [
            [("Armenia and Georgia reopen rebuilt Sadakhlo border crossing", ["a1"], [])],
            [
                ("The Bagratashen–Sadakhlo border crossing between Armenia and Georgia reopened on Thursday after 18 months of reconstruction, officials on both sides said.", ["a1", "a3"], [att("said")]),
                ("Armenian Deputy Minister of Territorial Administration Tigran Melikyan and Georgian Economy Minister Nino Beridze cut the ribbon at a ceremony on the bridge.", ["a2"], []),
            ],
            [
                ("The rebuilt crossing can handle up to 1,500 trucks a day.", ["a6"], []),
                ("Before the works began, it cleared about 600.", ["a6"], []),
                ("Customs officers said checks on a loaded truck should now take about 40 minutes instead of three hours.", ["a7"], [att("said")]),
            ],
            [
                ("The project cost 48 million euros, according to the Armenian government.", ["a4"], [att("according to")]),
                ("An EU grant covered 30 million euros, and the rest came from a loan by the European Investment Bank.", ["a5"], []),
            ],
            [
                ("A new two-lane bridge over the Debed river replaces a Soviet-era span built in 1962.", ["a9"], []),
                ("During the works, traffic was diverted to the smaller Gogavan–Guguti crossing, where lorries queued for up to 10 km.", ["a10"], []),
                ("The ceremony was held under light rain and lasted less than an hour.", [], []),
            ],
            [
                ("Georgia is Armenia's main land link to the outside world, as its borders with Turkey and Azerbaijan remain closed.", ["a11"], []),
                ("Bagratashen is a village of about 3,000 people on the left bank of the Debed.", [], []),
            ],
            [
                ("The first vehicle to cross on Thursday was a lorry carrying mineral water from Jermuk to Tbilisi.", ["a15"], []),
                ("Officials said the Gogavan crossing would be modernised next, with work due to start in 2027.", ["a14"], [att("said")]),
                ("A Georgian folk ensemble performed after the speeches.", [], []),
            ],
        ],
    },
    "en-highland-observer.txt": {
        "header": " date 2026-05-15 (Highland Observer)",
        "paragraphs": [
            [("Lifeline restored for Armenia under blockade as Sadakhlo crossing reopens", ["a1", "a11"], [("loaded", "hy-frame", "blockade")])],
            [
                ("For three decades Armenia has lived under a blockade imposed by Turkey and Azerbaijan, and its road to Georgia is undoubtedly its lifeline.", ["a11"], [("loaded", "hy-frame", "blockade"), ("booster", "booster", "undoubtedly")]),
                ("That road became wider on Thursday, when the rebuilt Bagratashen–Sadakhlo crossing opened to traffic.", ["a1"], []),
            ],
            [
                ("Officials claimed that trucks would now clear customs in 40 minutes, though drivers waiting on the Georgian side said the first checks took well over an hour.", ["a7"], [doubt("claimed"), att("said")]),
                ("The terminal can process 1,500 trucks a day, officials say, two and a half times the old figure.", ["a6"], [att("say")]),
            ],
            [
                ("Tigran Melikyan, Armenia's deputy minister of territorial administration, opened the crossing together with Georgia's economy minister, Nino Beridze.", ["a2"], []),
                ("“This is a door that no one can close,” Mr Melikyan told the crowd.", [], [att("told")]),
            ],
            [
                ("The reconstruction took a year and a half and cost 48 million euros, most of it paid by the European Union.", ["a3", "a4", "a5"], []),
                ("Critics in Yerevan alleged that the contractor had inflated prices, which the ministry denied.", ["a13"], [doubt("alleged"), att("denied")]),
            ],
            [
                ("During the works, drivers endured queues of up to 15 km at the Gogavan crossing, sometimes for two days.", ["a10"], []),
                ("Most of those trucks were bound for Russia through the Upper Lars pass, the only road north.", ["a12"], []),
                ("Armenian truckers have long complained that the road through Tavush is narrow and poorly lit.", [], []),
            ],
            [
                ("Work on the Gogavan crossing is expected to begin in 2027.", ["a14"], []),
                ("The Highland Observer could not reach the Turkish foreign ministry for comment.", [], []),
            ],
        ],
    },
    "ru-vestnik-perevala.txt": {
        "header": " date 2026-05-14 (Вестник перевала)",
        "paragraphs": [
            [("На армяно-грузинской границе после реконструкции открылся КПП «Садахло»", ["a1"], [])],
            [
                ("Пункт пропуска Баграташен — Садахло на границе Армении и Грузии в четверг вновь открылся после реконструкции, которая продолжалась почти два года.", ["a1", "a3"], []),
                ("По данным армянской стороны, стоимость работ составила 52 млн евро.", ["a4"], [att("По данным")]),
                ("Основную часть средств выделил Евросоюз, который продвигает так называемый «Средний коридор» в обход России.", ["a5"], [("scare-quote", "marker", "так называемый")]),
            ],
            [
                ("В церемонии открытия участвовали заместитель министра территориального управления Армении Тигран Меликян и министр экономики Грузии Нино Беридзе.", ["a2"], []),
                ("Новый терминал рассчитан на 1500 грузовиков в сутки.", ["a6"], []),
                ("На переходе оборудованы 24 полосы: 16 для легковых машин и 8 для грузовиков.", ["a8"], []),
            ],
            [
                ("Абсолютное большинство армянских фур идёт дальше на север, к КПП «Верхний Ларс» на границе с Россией.", ["a12"], []),
                ("Россия остаётся крупнейшим торговым партнёром Армении, напоминают эксперты.", [], [att("напоминают")]),
            ],
            [
                ("Во время ремонта транспорт направляли через КПП Гогаван — Гугути, где, как сообщается, очереди растягивались на 10 км.", ["a10"], [("hedge", "hearsay", "как сообщается")]),
                ("Грузинские пограничники утверждают, что теперь проверка грузовика займёт не более 40 минут.", ["a7"], [doubt("утверждают")]),
            ],
            [
                ("Первым границу пересёк грузовик с минеральной водой «Джермук», направлявшийся в Тбилиси.", ["a15"], []),
                ("Армения по-прежнему зависит от грузинского транзита: её границы с Турцией и Азербайджаном закрыты.", ["a11"], []),
                ("В Садахло в день открытия было непривычно тихо: местные торговцы закрыли рынок.", [], []),
            ],
        ],
    },
    "es-heraldo-de-poniente.txt": {
        "header": " date 2026-05-15 (Heraldo de Poniente)",
        "paragraphs": [
            [("Armenia y Georgia reabren el paso fronterizo de Sadakhlo con fondos europeos", ["a1", "a5"], [])],
            [
                ("La Unión Europea aportó 30 millones de euros de los 48 millones que costó la obra, según el Gobierno armenio.", ["a4", "a5"], [att("según")]),
                ("El puesto de Bagratashen-Sadakhlo, en la frontera entre Armenia y Georgia, volvió a abrirse el jueves tras 18 meses de obras.", ["a1", "a3"], []),
            ],
            [
                ("El nuevo puente sobre el río Debed sustituye a otro de 1962 que, al parecer, ya no soportaba camiones pesados.", ["a9"], [("hedge", "hearsay", "al parecer")]),
                ("La terminal tiene 24 carriles.", ["a8"], []),
                ("Ocho de ellos están reservados a camiones.", ["a8"], []),
            ],
            [
                ("Según los funcionarios, el control de un camión durará unos 40 minutos, frente a las tres horas de antes.", ["a7"], [att("Según")]),
                ("La capacidad sube a 1.500 camiones diarios.", ["a6"], []),
                ("Los comerciantes de la zona esperan que el tráfico reactive los mercados locales.", [], []),
            ],
            [
                ("Armenia depende de Georgia para casi todo su comercio por carretera, ya que sus fronteras con Turquía y Azerbaiyán están cerradas.", ["a11"], []),
                ("La oposición armenia denunció supuestos sobrecostes, algo que el ministerio negó.", ["a13"], [att("denunció"), ("scare-quote", "marker", "supuestos"), att("negó")]),
            ],
            [
                ("En la ceremonia participaron el viceministro armenio Tigran Melikián y la ministra georgiana de Economía, Nino Beridze.", ["a2"], []),
                ("Bruselas financia otros cinco proyectos de transporte en el Cáucaso Sur.", [], []),
            ],
        ],
    },
    "tr-kuzey-ufuk.txt": {
        "header": " date 2026-05-14 (Kuzey Ufuk Gazetesi)",
        "paragraphs": [
            [("Ermenistan ile Gürcistan arasındaki Sadakhlo sınır kapısı yeniden açıldı", ["a1"], [])],
            [
                ("Ermenistan ile Gürcistan arasındaki Bagratashen-Sadakhlo sınır kapısı, yenileme çalışmalarının ardından perşembe günü törenle yeniden açıldı.", ["a1"], []),
                ("Törene Ermenistan Bölgesel Yönetim Bakan Yardımcısı Tigran Melikyan ile Gürcistan Ekonomi Bakanı Nino Beridze katıldı.", ["a2"], []),
            ],
            [
                ("Yetkililerin açıklamasına göre, yeni kapıdan günde 1.200 tır geçebilecek.", ["a6"], [att("açıklamasına göre")]),
                ("Proje yaklaşık 50 milyon avroya mal oldu.", ["a4"], []),
            ],
            [
                ("Ermenistan'ın Türkiye ve Azerbaycan ile sınırları kapalı olduğu için ülkenin kara ticareti büyük ölçüde Gürcistan üzerinden yapılıyor.", ["a11"], []),
                ("Erivan ise bu durumu “abluka” olarak nitelendiriyor.", ["a11"], [("loaded", "hy-frame", "abluka"), ("scare-quote", "distancing", "“abluka”")]),
                ("Türkiye ile Ermenistan arasındaki normalleşme görüşmeleri ise bir yıldır durmuş durumda.", [], []),
            ],
            [
                ("Kamyonların gümrük işlemlerinin artık üç saat yerine 40 dakika süreceği belirtildi.", ["a7"], [att("belirtildi")]),
                ("Çalışmalar sürerken araçlar Gogavan-Guguti kapısına yönlendirildi ve kuyruklar 10 kilometreyi buldu.", ["a10"], []),
            ],
            [
                ("Kuzeye devam eden tırların çoğu Rusya'ya Yukarı Lars kapısından geçiyor.", ["a12"], []),
                ("Debed nehri üzerindeki eski köprünün yerine yeni bir köprü inşa edildi.", ["a9"], []),
                ("Kars ile Gümrü arasındaki demiryolu hattı ise 1993'ten beri kapalı.", [], []),
            ],
        ],
    },
}

# ---------------------------------------------------------------------------------------------
# Story (b): the Kura floods villages in the Agdash and Yevlakh districts of Azerbaijan.
# ---------------------------------------------------------------------------------------------
FACTS_B = {
    "b1": "The Kura burst its banks on Monday after heavy rain, flooding villages in Agdash and Yevlakh districts",
    "b2": "About 4,200 people were evacuated (ru: about 5,000; de: more than 6,000)",
    "b3": "Three people died, among them a nine-year-old boy (es, de: four)",
    "b4": "The emergencies ministry deployed 650 rescuers, boats and nine helicopters",
    "b5": "The Kura stood 2.4 metres above normal at Yevlakh",
    "b6": "About 12,000 hectares of farmland flooded (es: 15,000)",
    "b7": "A 60-metre breach opened in an embankment near Yenikend",
    "b8": "130 mm of rain fell in two days, the most in 50 years",
    "b9": "Evacuees are housed in tents and schools in Agdash",
    "b10": "The Yevlakh–Barda road is closed; trains delayed",
    "b11": "The government allocated 15 million manats for relief (az: 20 million)",
    "b12": "Critics say the embankments were neglected for years; officials reject this",
    "b13": "Rain is expected to ease by Thursday",
    "b14": "Turkey sent 40 rescuers and 200 tents",
    "b15": "Outflow from the Mingachevir reservoir was reduced",
}

ARTICLES_B = {
    "en-steppe-telegraph.txt": {
        "header": " date 2026-04-21 (Steppe Telegraph)",
        "paragraphs": [
            [("Thousands evacuated as Kura floods villages in central Azerbaijan", ["b1", "b2"], [mv("evacuation", "evacuated")])],
            [
                ("The Kura river burst its banks on Monday after two days of heavy rain, flooding villages in the Agdash and Yevlakh districts.", ["b1"], []),
                ("About 4,200 people have been evacuated, the Ministry of Emergency Situations said.", ["b2"], [mv("evacuation", "evacuated"), att("said")]),
            ],
            [
                ("Three people died, among them a nine-year-old boy who was swept away near Yevlakh.", ["b3"], []),
                ("The water at the Yevlakh gauging station stood 2.4 metres above normal on Tuesday morning.", ["b5"], []),
                ("The Kura is the longest river in the South Caucasus.", [], []),
            ],
            [
                ("A 60-metre breach opened in an embankment near the village of Yenikend, officials said.", ["b7"], [att("said")]),
                ("Local residents claimed that the embankments had not been repaired for years.", ["b12"], [doubt("claimed")]),
                ("The ministry rejected the criticism.", ["b12"], [att("rejected")]),
            ],
            [
                ("Evacuees are staying in tents and in school buildings in Agdash.", ["b9"], [mv("evacuation", "Evacuees")]),
                ("The road between Yevlakh and Barda has been closed.", ["b10"], []),
                ("Agdash is known for its pomegranate orchards and silk production.", [], []),
            ],
            [("Forecasters expect the rain to ease by Thursday.", ["b13"], [])],
        ],
    },
    "ru-gornyi-listok.txt": {
        "header": " date 2026-04-21 (Горный листок)",
        "paragraphs": [
            [("Наводнение в Азербайджане: из зоны бедствия эвакуированы около 5 тысяч человек", ["b2"], [mv("evacuation", "эвакуированы")])],
            [
                ("По предварительным данным, из затопленных сёл Агдашского и Евлахского районов вывезены около 5 тысяч человек.", ["b2"], [("hedge", "uncertain", "По предварительным данным")]),
                ("Уровень воды в Куре у Евлаха превысил норму на 2,4 метра.", ["b5"], []),
            ],
            [
                ("Разлив реки начался в понедельник после сильных ливней.", ["b1"], []),
                ("За двое суток выпало 130 мм осадков — больше, чем за любые двое суток за последние полвека.", ["b8"], []),
            ],
            [
                ("Погибли три человека, в том числе девятилетний мальчик.", ["b3"], []),
                ("Спасатели МЧС Азербайджана задействовали 650 человек, лодки и девять вертолётов.", ["b4"], []),
                ("Связаться с районной администрацией Евлаха редакции не удалось.", [], []),
            ],
            [
                ("Чтобы снизить нагрузку на русло, сброс воды из Мингечевирского водохранилища сократили.", ["b15"], []),
                ("Эвакуированных разместили в палаточных лагерях и школах Агдаша.", ["b9"], [mv("evacuation", "Эвакуированных")]),
            ],
            [
                ("Экологи утверждают, что дамбы вдоль Куры годами не ремонтировались.", ["b12"], [doubt("утверждают")]),
                ("Власти эти обвинения отвергают.", ["b12"], [att("отвергают")]),
                ("В соседней Грузии уровень Куры остаётся в пределах нормы.", [], []),
            ],
        ],
    },
    "es-atalaya-mediterranea.txt": {
        "header": " date 2026-04-22 (La Atalaya Mediterránea)",
        "paragraphs": [
            [("Cuatro muertos y miles de desplazados por el desbordamiento del Kura en Azerbaiyán", ["b2", "b3"], [mv("displaced", "desplazados")])],
            [
                ("Miles de vecinos huyeron de sus casas en los distritos de Agdash y Yevlaj cuando el río Kura se desbordó el lunes.", ["b1", "b2"], [mv("forced", "huyeron")]),
                ("Las autoridades elevaron a cuatro la cifra de muertos.", ["b3"], []),
            ],
            [
                ("Según el Ministerio de Situaciones de Emergencia, unas 15.000 hectáreas de cultivos quedaron bajo el agua.", ["b6"], [att("Según")]),
                ("En dos días cayeron 130 litros por metro cuadrado, la mayor cantidad en medio siglo.", ["b8"], []),
                ("Se trata, sin duda, de un golpe muy duro para una región que vive de la agricultura.", [], [("booster", "booster", "sin duda")]),
            ],
            [
                ("Turquía envió 40 rescatistas y 200 tiendas de campaña.", ["b14"], []),
                ("Los evacuados duermen en tiendas y escuelas de Agdash.", ["b9"], [mv("evacuation", "evacuados")]),
                ("El Gobierno destinó 15 millones de manats a la ayuda de emergencia.", ["b11"], []),
            ],
            [
                ("Ecologistas locales denuncian que los diques llevaban años sin mantenimiento.", ["b12"], [att("denuncian")]),
                ("La brecha en el dique cerca de Yenikend mide 60 metros, según los técnicos.", ["b7"], [att("según")]),
                ("El Kura nace en Turquía y atraviesa Georgia antes de llegar a Azerbaiyán.", [], []),
            ],
        ],
    },
    "az-mil-duzu.txt": {
        "header": " date 2026-04-21 (Mil düzü)",
        "paragraphs": [
            [("Kür daşdı, Ağdaş və Yevlax rayonlarında kəndləri su basıb", ["b1"], [])],
            [
                ("Fövqəladə Hallar Nazirliyinin məlumatına görə, 650 xilasedici, qayıqlar və doqquz helikopter cəlb olunub.", ["b4"], [att("məlumatına görə")]),
                ("Prezidentin sərəncamı ilə zərərçəkənlərə yardım üçün 20 milyon manat ayrılıb.", ["b11"], []),
            ],
            [
                ("Güclü yağışlardan sonra Kür çayı bazar ertəsi məcrasından çıxıb.", ["b1"], []),
                ("Təhlükə zonasından 4200 nəfər təxliyə edilib.", ["b2"], [mv("evacuation", "təxliyə")]),
                ("Rayon icra hakimiyyətləri qərargahlar yaradıb.", [], []),
            ],
            [
                ("Yevlax məntəqəsində Kürün səviyyəsi normadan 2,4 metr yuxarı qalxıb.", ["b5"], []),
                ("Mingəçevir su anbarından buraxılan suyun həcmi azaldılıb.", ["b15"], []),
            ],
            [
                ("Təxliyə olunan sakinlər Ağdaşdakı çadır düşərgələrində və məktəblərdə yerləşdirilib.", ["b9"], [mv("evacuation", "Təxliyə")]),
                ("Türkiyə 40 xilasedici və 200 çadır göndərib.", ["b14"], []),
            ],
            [
                ("Bəzi sosial şəbəkə istifadəçilərinin bəndlərin baxımsız qaldığı barədə iddiaları əsassızdır.", ["b12"], [doubt("iddiaları"), doubt("əsassızdır")]),
                ("Sinoptiklər cümə axşamından yağışların zəifləyəcəyini gözləyir.", ["b13"], []),
                ("Dövlət başçısı vəziyyəti şəxsən nəzarətdə saxlayır.", [], []),
            ],
        ],
    },
    "de-auenbote.txt": {
        "header": " date 2026-04-22 (Der Auenbote)",
        "paragraphs": [
            [("Hochwasser an der Kura: Tausende fliehen vor den Fluten in Aserbaidschan", ["b1", "b2"], [mv("forced", "fliehen")])],
            [
                ("Nach tagelangen Regenfällen ist die Kura am Montag über die Ufer getreten.", ["b1"], []),
                ("Mehr als 6.000 Menschen wurden aus ihren Dörfern in den Bezirken Agdasch und Jewlach evakuiert, teilte das Katastrophenschutzministerium mit.", ["b2"], [mv("evacuation", "evakuiert"), att("teilte mit")]),
            ],
            [
                ("Vier Menschen kamen ums Leben, darunter ein neunjähriger Junge.", ["b3"], []),
                ("Nach Angaben von Umweltschützern wurden die Dämme seit Jahren nicht instand gehalten.", ["b12"], [att("Nach Angaben")]),
                ("Die Behörden bestreiten das.", ["b12"], [att("bestreiten")]),
            ],
            [
                ("Rund 12.000 Hektar Ackerland stehen unter Wasser.", ["b6"], []),
                ("In zwei Tagen fielen 130 Millimeter Regen, so viel wie seit 50 Jahren nicht.", ["b8"], []),
                ("Die Region gilt als Kornkammer des Landes.", [], []),
            ],
            [
                ("Die Regierung stellte 15 Millionen Manat für Soforthilfe bereit.", ["b11"], []),
                ("Die Straße zwischen Jewlach und Barda ist gesperrt, Züge zwischen Gandscha und Baku fahren mit Verspätung.", ["b10"], []),
                ("Die Türkei schickte nach eigenen Angaben 40 Helfer und 200 Zelte.", ["b14"], [att("nach eigenen Angaben")]),
                ("Aserbaidschan ist stark vom Export von Öl und Gas abhängig.", [], []),
            ],
        ],
    },
}

# ---------------------------------------------------------------------------------------------
# Story (c), held out: Armenia and Azerbaijan exchange detainees on the Tavush–Gazakh border.
# Written without looking at the concept lexicon (glossaries/concepts.toml) or the aligner
# (src/align/), so it measures the aligner on text it was not tuned on. Keep it that way: do not
# rewrite these sentences to suit what the tool finds.
# ---------------------------------------------------------------------------------------------
FACTS_C = {
    "c1": "Armenia and Azerbaijan exchanged detainees on Saturday 19 September on their border (Tavush–Gazakh)",
    "c2": "Azerbaijan handed over 14 Armenians (ru-kurier: 15; fr: about fifteen)",
    "c3": "Armenia handed over three Azerbaijani servicemen",
    "c4": "The handover took place on the old Ijevan–Gazakh road and took about 40 minutes (ru-listok: about an hour)",
    "c5": "The ICRC oversaw the handover; its doctors examined the detainees beforehand",
    "c6": "The exchange was agreed at talks in Tbilisi in August, with Georgia as host",
    "c7": "The Armenians were 12 servicemen and 2 civilians (ru-kurier: 13 and 2)",
    "c8": "The three Azerbaijanis crossed into Armenia near Ijevan in fog in March and were detained",
    "c9": "Yerevan calls the Azerbaijanis a sabotage group; Baku says they lost their way",
    "c10": "The released Armenians were taken to a military hospital in Yerevan",
    "c11": "23 Armenians are still held in Azerbaijan (fr: 19, according to NGOs)",
    "c12": "Two of the released Armenians had been sentenced in Baku to 8 years for espionage (ru-listok: 10)",
    "c13": "The EU welcomed the exchange as a step towards trust",
    "c14": "The Armenian opposition criticised the deal as incomplete; the government calls it a first step",
    "c15": "The two foreign ministers are due to meet in Brussels in October",
}

ARTICLES_C = {
    "en-meridian-ledger.txt": {
        "header": " date 2026-09-19 (Meridian Ledger)",
        "paragraphs": [
            [("Azerbaijan frees 14 Armenians in border swap for three of its soldiers", ["c1", "c2", "c3"], [])],
            [
                ("Armenia and Azerbaijan exchanged detainees on Saturday on a remote stretch of their border between Armenia's Tavush region and Azerbaijan's Gazakh district.", ["c1"], []),
                ("Baku released 14 Armenians and Yerevan returned three Azerbaijani servicemen, officials in both capitals said.", ["c2", "c3"], [att("said")]),
            ],
            [
                ("The handover took place at a former checkpoint on the disused Ijevan–Gazakh road and lasted about 40 minutes.", ["c4"], []),
                ("Staff of the International Committee of the Red Cross supervised the transfer.", ["c5"], []),
                ("The ICRC said its doctors had examined all seventeen men before they crossed.", ["c5"], [att("said")]),
            ],
            [
                ("Of the Armenians, twelve are soldiers and two are civilians from border villages, according to Armenia's Security Council.", ["c7"], [att("according to")]),
                ("The three Azerbaijanis were detained in March after crossing into Armenia near Ijevan in thick fog.", ["c8"], [("agency", "agentless", "were detained")]),
                ("Yerevan has described them as a sabotage unit, while Baku insists the men simply lost their way.", ["c9"], [att("described"), label("sabotage unit"), doubt("insists")]),
            ],
            [
                ("The released Armenians were driven to Yerevan and admitted to a military hospital for checks.", ["c10"], []),
                ("Saturday's exchange was the first between the two countries in more than two years.", [], []),
            ],
            [
                ("The swap was agreed at talks in Tbilisi in August, with Georgian officials acting as hosts.", ["c6"], []),
                ("The European Union's special representative for the South Caucasus called it a welcome step towards building trust.", ["c13"], [att("called")]),
                ("The foreign ministers of both countries are due to meet in Brussels in October.", ["c15"], []),
            ],
            [("Ijevan, a town of about 20,000 people, is known for its woodwork and its wine.", [], [])],
        ],
    },
    "ru-kurier-predgorii.txt": {
        "header": " date 2026-09-19 (Курьер предгорий)",
        "paragraphs": [
            [("Азербайджан вернул Армении 15 пленных", ["c2"], [])],
            [
                ("В субботу на армяно-азербайджанской границе, на участке между Тавушской областью и Газахским районом, прошёл обмен пленными.", ["c1"], []),
                ("Домой вернулись 15 граждан Армении.", ["c2"], []),
                ("Взамен Ереван передал Баку трёх азербайджанских военнослужащих, которых в Армении называют диверсантами.", ["c3", "c9"], [att("называют"), label("диверсантами")]),
            ],
            [
                ("По данным Совета безопасности Армении, среди вернувшихся 13 военнослужащих и двое мирных жителей.", ["c7"], [att("По данным")]),
                ("Все они, как сообщается, провели в азербайджанском плену больше года.", [], [("hedge", "hearsay", "как сообщается")]),
            ],
            [
                ("Передача проходила под наблюдением Международного комитета Красного Креста.", ["c5"], []),
                ("Освобождённых сразу же доставили в Ереван, в центральный военный госпиталь.", ["c10"], []),
                ("У ворот госпиталя их встречали родственники с цветами и флагами.", [], []),
            ],
            [
                ("Однако, по подсчётам армянской стороны, в Азербайджане по-прежнему удерживаются 23 армянина.", ["c11"], [att("по подсчётам")]),
                ("Оппозиция называет сделку «половинчатой» и упрекает власти в том, что они приняли условия Баку.", ["c14"], [att("называет"), ("scare-quote", "distancing", "«половинчатой»"), att("упрекает")]),
                ("В правительстве возражают, что это лишь первый шаг и переговоры продолжатся.", ["c14"], [att("возражают")]),
            ],
            [
                ("Договорённость об обмене была достигнута ещё в августе на переговорах в Тбилиси.", ["c6"], []),
                ("Грузия в последние годы не раз предлагала себя в качестве посредника между соседями.", [], []),
            ],
        ],
    },
    "ru-listok-apsherona.txt": {
        "header": " date 2026-09-20 (Листок Апшерона)",
        "paragraphs": [
            [("Азербайджанские военнослужащие вернулись из Армении", ["c3"], [])],
            [
                ("В субботу Азербайджан и Армения провели обмен удерживаемыми лицами на государственной границе.", ["c1"], []),
                ("На родину вернулись трое военнослужащих Азербайджанской армии, а Баку, в свою очередь, передал армянской стороне 14 человек.", ["c3", "c2"], []),
            ],
            [
                ("Военнослужащие оказались на армянской территории в марте, когда в густом тумане сбились с дороги.", ["c8", "c9"], []),
                ("Версию Еревана о якобы «диверсионной группе» в Баку называют абсурдной.", ["c9"], [("scare-quote", "marker", "якобы"), ("scare-quote", "distancing", "«диверсионной группе»"), label("диверсионной группе"), att("называют")]),
                ("Передача состоялась на старой дороге Газах — Иджеван и заняла около часа.", ["c4"], []),
            ],
            [
                ("Среди переданных Армении — двое осуждённых, которых бакинский суд приговорил к десяти годам лишения свободы за шпионаж.", ["c12"], []),
                ("Остальные, по информации азербайджанской стороны, были задержаны при попытке незаконно пересечь границу.", [], [att("по информации"), ("agency", "agentless", "были задержаны")]),
            ],
            [
                ("Условия обмена были согласованы в Тбилиси, где Грузия предоставила площадку для переговоров.", ["c6"], []),
                ("Евросоюз приветствовал обмен, назвав его шагом к укреплению доверия.", ["c13"], [att("приветствовал"), att("назвав")]),
                ("Министры иностранных дел двух стран, как ожидается, встретятся в Брюсселе в октябре.", ["c15"], [("hedge", "uncertain", "как ожидается")]),
            ],
            [
                ("В Баку подчёркивают, что Азербайджан не раз проявлял гуманизм в подобных вопросах.", [], [att("подчёркивают")]),
                ("Газахский район известен своими садами и коврами.", [], []),
            ],
        ],
    },
    "az-seher-yeli.txt": {
        "header": " date 2026-09-19 (Səhər yeli)",
        "paragraphs": [
            [("Ermənistanda saxlanılan üç hərbçimiz Vətənə qaytarıldı", ["c3"], [])],
            [
                ("Azərbaycan ilə Ermənistan arasında şənbə günü dövlət sərhədində saxlanılan şəxslərin mübadiləsi baş tutub.", ["c1"], []),
                ("Martda sıx duman səbəbindən yolunu azaraq İcevan yaxınlığında Ermənistan ərazisinə keçən üç hərbi qulluqçumuz Qazax rayonuna qayıdıb.", ["c3", "c8", "c9"], []),
                ("Humanitar addım olaraq Azərbaycan tərəfi də 14 nəfəri, o cümlədən erməni təxribatçılarını Ermənistana təhvil verib.", ["c2"], [label("təxribatçılarını")]),
            ],
            [
                ("Təhvil-təslim köhnə Qazax–İcevan yolunda, Beynəlxalq Qırmızı Xaç Komitəsinin nümayəndələrinin iştirakı ilə həyata keçirilib.", ["c4", "c5"], []),
                ("BQXK həkimləri mübadilədən əvvəl hər iki tərəfin saxladığı şəxsləri müayinə ediblər.", ["c5"], []),
            ],
            [
                ("Erməni tərəfinin hərbçilərimizi “diversiya qrupu” adlandırması tamamilə əsassızdır.", ["c9"], [label("diversiya qrupu"), ("scare-quote", "distancing", "“diversiya qrupu”"), ("booster", "booster", "tamamilə"), doubt("əsassızdır")]),
                ("Ermənistana təhvil verilənlər arasında Bakı məhkəməsi tərəfindən casusluğa görə səkkiz il azadlıqdan məhrum edilmiş iki nəfər də var.", ["c12"], []),
            ],
            [
                ("Mübadilə ilə bağlı razılıq avqustda Tbilisidə keçirilən danışıqlarda əldə olunub.", ["c6"], []),
                ("Xarici işlər nazirlərinin oktyabrda Brüsseldə görüşəcəyi gözlənilir.", ["c15"], [("hedge", "uncertain", "gözlənilir")]),
            ],
            [
                ("Qazaxda hərbçiləri ailə üzvləri və yerli sakinlər gül dəstələri ilə qarşılayıb.", [], []),
                ("Müdafiə Nazirliyi bildirib ki, hərbçilərin səhhəti qənaətbəxşdir.", [], [att("bildirib")]),
                ("Onlar tibbi müayinədən sonra Bakıya yola salınacaqlar.", [], []),
            ],
        ],
    },
    "fr-vigie-des-cols.txt": {
        "header": " date 2026-09-20 (La Vigie des Cols)",
        "paragraphs": [
            [("Arménie-Azerbaïdjan : un échange de détenus, mais des Arméniens toujours captifs à Bakou", ["c1", "c11"], [])],
            [
                ("Une quinzaine d'Arméniens détenus en Azerbaïdjan ont regagné leur pays samedi, à la faveur d'un échange organisé à la frontière entre les deux voisins.", ["c1", "c2"], []),
                ("En contrepartie, Erevan a remis à Bakou trois militaires azerbaïdjanais.", ["c3"], []),
            ],
            [
                ("Ces soldats avaient franchi la frontière en mars, dans le brouillard, près d'Idjevan.", ["c8"], []),
                ("Les autorités arméniennes affirment qu'il s'agissait d'un groupe de sabotage, ce que Bakou dément catégoriquement.", ["c9"], [doubt("affirment"), label("groupe de sabotage"), att("dément")]),
            ],
            [
                ("Parmi les personnes libérées figurent deux hommes qu'un tribunal de Bakou avait condamnés l'an dernier à huit ans de prison pour espionnage.", ["c12"], []),
                ("Leurs proches ont toujours clamé leur innocence.", [], [att("clamé")]),
                ("Selon des ONG arméniennes, 19 Arméniens resteraient pourtant détenus en Azerbaïdjan.", ["c11"], [att("Selon"), ("hedge", "hearsay", "resteraient")]),
            ],
            [
                ("L'opposition dénonce un accord « au rabais ».", ["c14"], [att("dénonce"), ("scare-quote", "distancing", "« au rabais »")]),
                ("Le gouvernement arménien y voit au contraire un premier pas.", ["c14"], []),
            ],
            [
                ("L'accord avait été conclu en août à Tbilissi, sous l'égide des autorités géorgiennes.", ["c6"], []),
                ("Bruxelles a salué un pas vers la confiance et accueillera en octobre les chefs de la diplomatie des deux pays.", ["c13", "c15"], [att("salué")]),
                ("À Idjevan, les habitants disent entendre moins de tirs depuis le printemps.", [], [att("disent")]),
            ],
        ],
    },
}

STORIES = {
    "sadakhlo-crossing-2026": (FACTS_A, ARTICLES_A),
    "kura-flood-2026": (FACTS_B, ARTICLES_B),
    "tavush-exchange-2026": (FACTS_C, ARTICLES_C),
}


def sentences(article):
    return [s for para in article["paragraphs"] for s in para]


def render(article):
    paras = [" ".join(text for text, _, _ in para) for para in article["paragraphs"]]
    return article["header"] + "\n\n" + "\n\n".join(paras) + "\n"


def gold(facts, articles):
    members = {fid: {} for fid in facts}
    cues = []
    for name, article in articles.items():
        for i, (_, fids, cs) in enumerate(sentences(article)):
            for fid in fids:
                members[fid].setdefault(name, []).append(i)
            for category, value, surface in cs:
                cues.append({"file": name, "sentence": i, "category": category, "value": value,
                             "surface": surface})
    out = {"facts": [], "cues": cues}
    for fid, label in facts.items():
        if len(members[fid]) < 2:
            sys.exit(f"fact {fid} is reported by fewer than two articles")
        out["facts"].append({"id": fid, "label": label, "members": members[fid]})
    return out


def check(binary, story, articles):
    files = [os.path.join(HERE, story, name) for name in sorted(articles)]
    proc = subprocess.run([binary, "compare", *files, "--format", "json"], capture_output=True)
    if proc.returncode != 0:
        sys.exit(f"{story}: parallax compare failed: {proc.stderr.decode()}")
    data = json.loads(proc.stdout)
    ok = True
    for art in data["articles"]:
        name = os.path.basename(art["source"])
        want = [text for text, _, _ in sentences(articles[name])]
        got = [s["text"] for s in art["sentences"]]
        if want != got:
            ok = False
            print(f"{story}/{name}: segmentation differs from the written sentences")
            for i in range(max(len(want), len(got))):
                w = want[i] if i < len(want) else None
                g = got[i] if i < len(got) else None
                if w != g:
                    print(f"  [{i}] written: {w!r}\n  [{i}] parallax: {g!r}")
    return ok


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", metavar="BINARY", help="verify segmentation with this parallax binary")
    args = ap.parse_args()
    ok = True
    for story, (facts, articles) in STORIES.items():
        os.makedirs(os.path.join(HERE, story), exist_ok=True)
        for name, article in articles.items():
            with open(os.path.join(HERE, story, name), "w", encoding="utf-8") as f:
                f.write(render(article))
        with open(os.path.join(HERE, story, "gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold(facts, articles), f, ensure_ascii=False, indent=1)
            f.write("\n")
        if args.check:
            ok &= check(args.check, story, articles)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
